package org.meritledger.ledger.core.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.merkle.MerkleTree;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/**
 * A whole ledger built in memory with the pure core, for tests of exports, receipts, tiles and
 * witnessing: entries, checkpoints (with cosignatures), key rotations, proofs.
 */
public final class MemoryLog {

    public static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    public final Suite suite = Suites.ED25519_SHA256;
    public final String origin;
    private NoteSigner key;
    private final ChainAppender appender;
    public final List<Entry> entries = new ArrayList<>();
    public final List<byte[]> leaves = new ArrayList<>();
    public final List<ExportRecord.CheckpointLine> checkpoints = new ArrayList<>();
    public final List<ExportRecord.Key> keys = new ArrayList<>();
    private final EntryCodec codec;
    /** Put into every payload: set another value before growing to make a fork of the same key. */
    public String tier = "EXPERT";

    public MemoryLog(String origin, NoteSigner firstKey) {
        this.origin = origin;
        this.key = firstKey;
        this.appender = ChainAppender.newLedger(suite);
        this.codec = new EntryCodec(suite);
        add(appender.genesis(T0, origin, key.verifier()));
        keys.add(new ExportRecord.Key(KeyIds.hex(key.keyId()), 0, key.verifier().vkey(), micros(T0)));
    }

    public MemoryLog(String origin) {
        this(origin, new NoteSigner(origin, Suites.ED25519_SHA256, Suites.ED25519_SHA256.generateKeyPair()));
    }

    public NoteSigner key() {
        return key;
    }

    public long size() {
        return entries.size();
    }

    private void add(Entry e) {
        entries.add(e);
        leaves.add(codec.leafHash(e.entryHash()));
    }

    /** Appends training-like entries until the ledger has {@code size} entries. */
    public MemoryLog grow(int size) {
        while (entries.size() < size) {
            long n = entries.size();
            add(appender.append(
                    T0.plusSeconds(n),
                    "training.result.signed",
                    7L,
                    "COMMANDER",
                    "result:" + n,
                    Map.of("id", n, "tier", tier, "name", "Soldier " + n)));
        }
        return this;
    }

    /** Signs a checkpoint of the current size and keeps it; returns its signed note. */
    public String checkpoint() {
        String note = signedCheckpoint(entries.size());
        checkpoints.add(new ExportRecord.CheckpointLine(entries.size(), note, List.of()));
        return note;
    }

    public String signedCheckpoint(long size) {
        return new CheckpointSigner(key).sign(size, root(size));
    }

    /** Adds a cosignature line by {@code witness} to the newest checkpoint. */
    public String cosignLatest(Cosigner witness, long timestamp) {
        ExportRecord.CheckpointLine cp = checkpoints.remove(checkpoints.size() - 1);
        String body = cp.note().substring(0, cp.note().lastIndexOf("\n\n") + 1);
        String line = witness.cosign(body, timestamp).line().stripTrailing();
        List<String> cos = new ArrayList<>(cp.cosignatures());
        cos.add(line);
        checkpoints.add(new ExportRecord.CheckpointLine(cp.treeSize(), cp.note(), cos));
        return line;
    }

    /** Rotates the checkpoint key (a rotation entry signed by the old and the new key). */
    public NoteSigner rotate() {
        NoteSigner next = new NoteSigner(origin, suite, suite.generateKeyPair());
        Instant t = T0.plusSeconds(entries.size());
        Entry e = appender.rotateKey(t, 1L, "ADMIN", origin, key, next);
        add(e);
        keys.add(new ExportRecord.Key(
                KeyIds.hex(next.keyId()), e.sequence(), next.verifier().vkey(), micros(t)));
        key = next;
        return next;
    }

    public byte[] root(long size) {
        return MerkleTree.rootHash(hasher(), leaves.subList(0, (int) size));
    }

    public List<byte[]> inclusion(long index, long size) {
        return MerkleTree.inclusionProof(hasher(), leaves, index, size);
    }

    public List<byte[]> consistency(long size1, long size2) {
        return MerkleTree.consistencyProof(hasher(), leaves, size1, size2);
    }

    public RfcLogHasher hasher() {
        return new RfcLogHasher(suite.newDigester());
    }

    /** A receipt of entry {@code seq} against the newest checkpoint covering it, cosignatures included. */
    public Receipt receipt(long seq) {
        ExportRecord.CheckpointLine cp = checkpoints.stream()
                .filter(c -> c.treeSize() > seq)
                .reduce((a, b) -> b)
                .orElseThrow();
        StringBuilder note = new StringBuilder(cp.note());
        cp.cosignatures().forEach(l -> note.append(l).append('\n'));
        return new Receipt(
                suite.id(),
                origin,
                entries.get((int) seq),
                new TlogProof(null, seq, inclusion(seq, cp.treeSize()), note.toString()),
                key.verifier().vkey());
    }

    /** The export text: header, keys, entries with each checkpoint after the entry completing it, end. */
    public String export() {
        return export(entries);
    }

    /** An export of these (possibly tampered) entries with this log's keys and checkpoints. */
    public String export(List<Entry> rows) {
        StringWriter s = new StringWriter();
        try {
            ExportWriter w = new ExportWriter(s);
            w.write(new ExportRecord.Header(origin, suite.id(), rows.size(), micros(T0.plusSeconds(100_000))));
            for (ExportRecord.Key k : keys) {
                w.write(k);
            }
            int next = 0;
            for (int i = 0; i < rows.size(); i++) {
                w.write(new ExportRecord.EntryLine(rows.get(i)));
                while (next < checkpoints.size() && checkpoints.get(next).treeSize() == i + 1) {
                    w.write(checkpoints.get(next++));
                }
            }
            while (next < checkpoints.size()) {
                w.write(checkpoints.get(next++));
            }
            w.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    static long micros(Instant t) {
        return EntryCodec.timestampMicros(t);
    }
}
