package org.meritledger.ledger.core.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;

/** Builds small, valid ledgers for the chain tests: genesis, then soldier entries one second apart. */
final class TestLedger {

    static final String ORIGIN = "example.org/merit-ledger";
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    final Suite suite;
    final NoteSigner key;
    final ChainAppender appender;
    final List<Entry> entries = new ArrayList<>();

    TestLedger(Suite suite) {
        this.suite = suite;
        this.key = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        this.appender = ChainAppender.newLedger(suite);
        entries.add(appender.genesis(T0, ORIGIN, key.verifier()));
    }

    static TestLedger of(Suite suite, int size) {
        TestLedger l = new TestLedger(suite);
        l.grow(size);
        return l;
    }

    /** Adds application entries until the chain has {@code size} entries. */
    TestLedger grow(int size) {
        while (entries.size() < size) {
            long n = entries.size();
            entries.add(appender.append(
                    T0.plusSeconds(n),
                    "personnel.soldier.created",
                    7L,
                    "clerk",
                    "soldier:" + n,
                    Map.of("name", "Soldier " + n, "rank", "private", "serviceNumber", 100_000 + n)));
        }
        return this;
    }

    /** Merkle root over the first {@code size} entries. */
    byte[] root(int size) {
        RfcLogHasher h = new RfcLogHasher(suite.newDigester());
        MerkleAppender a = new MerkleAppender(h);
        for (int i = 0; i < size; i++) {
            a.append(h.hashLeaf(entries.get(i).entryHash()), null);
        }
        return a.root();
    }

    /** Signed checkpoint at {@code size} with {@code signer}. */
    String signedCheckpoint(int size, NoteSigner signer) {
        return new CheckpointSigner(signer).sign(size, root(size));
    }

    /** The same entry with its stored hashes recomputed, as a thorough forger would. */
    Entry rehash(Entry e, byte[] previousHash) {
        EntryCodec codec = new EntryCodec(suite);
        Entry draft = e.withHashes(codec.payloadHash(e.payload()), previousHash, null);
        return draft.withHashes(draft.payloadHash(), previousHash, codec.entryHash(draft));
    }

    /** Rewrites history from {@code from} on, recomputing every later hash. */
    static List<Entry> relink(TestLedger l, List<Entry> list, int from) {
        List<Entry> out = new ArrayList<>(list);
        for (int i = from; i < out.size(); i++) {
            out.set(i, l.rehash(out.get(i), out.get(i - 1).entryHash()));
        }
        return out;
    }
}
