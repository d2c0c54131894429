package org.meritledger.ledger.core.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.merkle.MerkleTree;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/** Receipts checked offline: a genuine one verifies; each kind of tampering fails at its own step. */
class ReceiptVerifierTest {

    static final String ORIGIN = "example.org/merit-ledger";

    private final Suite suite = Suites.ED25519_SHA256;
    private final NoteSigner key = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
    private final List<Entry> entries = new ArrayList<>();

    ReceiptVerifierTest() {
        ChainAppender a = ChainAppender.newLedger(suite);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        entries.add(a.genesis(t0, ORIGIN, key.verifier()));
        for (int i = 1; i < 7; i++) {
            entries.add(a.append(
                    t0.plusSeconds(i),
                    "training.result.signed",
                    7L,
                    "COMMANDER",
                    "result:" + i,
                    Map.of("id", (long) i, "tier", "EXPERT")));
        }
    }

    private Receipt receipt(int seq, Entry entry, NoteSigner signer) {
        RfcLogHasher h = new RfcLogHasher(suite.newDigester());
        EntryCodec codec = new EntryCodec(suite);
        List<byte[]> leaves =
                entries.stream().map(e -> codec.leafHash(e.entryHash())).toList();
        String note = new CheckpointSigner(signer).sign(leaves.size(), MerkleTree.rootHash(h, leaves));
        return new Receipt(
                suite.id(),
                ORIGIN,
                entry,
                new TlogProof(null, seq, MerkleTree.inclusionProof(h, leaves, seq, leaves.size()), note),
                key.verifier().vkey());
    }

    @Test
    void aGenuineReceiptVerifiesAndSurvivesItsJson() {
        Receipt r = receipt(3, entries.get(3), key);
        ReceiptCheck c = ReceiptVerifier.verify(r, key.verifier());
        assertTrue(c.verified(), c.toString());
        assertEquals(7, c.treeSize());
        Receipt back = Receipt.parse(r.toJson());
        assertEquals(r.entry(), back.entry());
        assertEquals(r.toJson(), back.toJson());
        assertTrue(ReceiptVerifier.verify(back, key.verifier()).verified());
    }

    @Test
    void anAlteredPayloadFailsItsHash() {
        Entry e = entries.get(3);
        Entry altered = new Entry(
                e.sequence(),
                e.timestamp(),
                e.type(),
                e.actorAccountId(),
                e.actorRole(),
                e.subject(),
                e.payload().replace("EXPERT", "MARKSMAN"),
                e.payloadHash(),
                e.previousHash(),
                e.entryHash());
        assertEquals(
                ReceiptCheck.Step.PAYLOAD_HASH,
                ReceiptVerifier.verify(receipt(3, altered, key), key.verifier()).failedStep());
    }

    @Test
    void aForgedEntryWithRecomputedHashesIsNotInTheSignedTree() {
        Entry e = entries.get(3);
        EntryCodec codec = new EntryCodec(suite);
        String forged = e.payload().replace("EXPERT", "MARKSMAN");
        Entry draft = new Entry(
                e.sequence(),
                e.timestamp(),
                e.type(),
                e.actorAccountId(),
                e.actorRole(),
                e.subject(),
                forged,
                codec.payloadHash(forged),
                e.previousHash(),
                null);
        Entry rehashed = draft.withHashes(draft.payloadHash(), draft.previousHash(), codec.entryHash(draft));
        ReceiptCheck c = ReceiptVerifier.verify(receipt(3, rehashed, key), key.verifier());
        assertEquals(ReceiptCheck.Step.INCLUSION, c.failedStep(), c.toString());
    }

    @Test
    void aCheckpointSignedByAnotherKeyOrAProofForAnotherEntryFails() {
        NoteSigner stranger = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        assertEquals(
                ReceiptCheck.Step.CHECKPOINT_SIGNATURE,
                ReceiptVerifier.verify(receipt(3, entries.get(3), stranger), key.verifier())
                        .failedStep());
        Receipt r = receipt(4, entries.get(3), key);
        assertEquals(
                ReceiptCheck.Step.INDEX,
                ReceiptVerifier.verify(r, key.verifier()).failedStep());
    }

    @Test
    void somethingElseIsNotAReceipt() {
        assertThrows(IllegalArgumentException.class, () -> Receipt.parse("{\"format\":\"other\"}"));
        assertThrows(IllegalArgumentException.class, () -> Receipt.parse("{\"format\":\"merit-ledger-receipt/v1\"}"));
    }
}
