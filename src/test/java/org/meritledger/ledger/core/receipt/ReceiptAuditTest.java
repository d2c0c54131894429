package org.meritledger.ledger.core.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.receipt.ReceiptAudit.Step;
import org.meritledger.ledger.core.suite.Suites;

/** The full receipt check: a genuine cosigned receipt passes; each tampered variant fails with its reason. */
class ReceiptAuditTest {

    private final MemoryLog log = new MemoryLog("example.org/merit-ledger").grow(12);
    private final Cosigner witness = new Cosigner("witness.example/w1", Suites.ED25519_SHA256.generateKeyPair());

    ReceiptAuditTest() {
        log.checkpoint();
        log.cosignLatest(witness, 1_767_300_000L);
    }

    private ReceiptAudit.Result check(Receipt r) {
        return ReceiptAudit.check(r, log.key().verifier(), List.of(witness.key()), 1);
    }

    private static Receipt withEntry(Receipt r, Entry e) {
        return new Receipt(r.suiteId(), r.origin(), e, r.proof(), r.verifierKey());
    }

    private static Receipt withProof(Receipt r, List<byte[]> proof, String note) {
        return new Receipt(
                r.suiteId(),
                r.origin(),
                r.entry(),
                new TlogProof(null, r.proof().index(), proof, note),
                r.verifierKey());
    }

    @Test
    void genuineReceiptVerifiesWithItsCosignature() {
        ReceiptAudit.Result r = check(Receipt.parse(log.receipt(7).toJson()));
        assertTrue(r.valid(), r.toString());
        assertEquals(12, r.treeSize());
        assertEquals(List.of(witness.key().label()), r.witnesses());
    }

    @Test
    void editedPayload() {
        Receipt r = log.receipt(7);
        Entry e = r.entry();
        Entry edited = new Entry(
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
        assertEquals(Step.PAYLOAD_HASH, check(withEntry(r, edited)).failed());
    }

    @Test
    void changedProofElement() {
        Receipt r = log.receipt(7);
        List<byte[]> proof = new ArrayList<>(r.proof().proof());
        byte[] h = proof.get(1).clone();
        h[0] ^= 1;
        proof.set(1, h);
        assertEquals(
                Step.INCLUSION,
                check(withProof(r, proof, r.proof().signedCheckpoint())).failed());
    }

    @Test
    void truncatedProof() {
        Receipt r = log.receipt(7);
        List<byte[]> proof = new ArrayList<>(r.proof().proof());
        proof.remove(proof.size() - 1);
        ReceiptAudit.Result res = check(withProof(r, proof, r.proof().signedCheckpoint()));
        assertEquals(Step.INCLUSION, res.failed());
        assertTrue(res.computed().contains("wrong proof size"), res.computed());
    }

    @Test
    void checkpointResignedByAnotherKey() {
        Receipt r = log.receipt(7);
        NoteSigner other = new NoteSigner(log.origin, log.suite, log.suite.generateKeyPair());
        String forged = new org.meritledger.ledger.core.checkpoint.CheckpointSigner(other).sign(12, log.root(12));
        assertEquals(
                Step.CHECKPOINT_SIGNATURE,
                check(withProof(r, r.proof().proof(), forged)).failed());
    }

    @Test
    void treeSizeChanged() throws Exception {
        Receipt r = log.receipt(7);
        String note = r.proof().signedCheckpoint();
        String text = Note.parse(note).text();
        String changed = note.replace(text, text.replaceFirst("\n12\n", "\n13\n"));
        assertEquals(
                Step.CHECKPOINT_SIGNATURE,
                check(withProof(r, r.proof().proof(), changed)).failed());
    }

    @Test
    void cosignatureFromAnUnknownWitness() throws Exception {
        Receipt r = log.receipt(7);
        Cosigner stranger = new Cosigner("stranger.example/w", Suites.ED25519_SHA256.generateKeyPair());
        String note = r.proof().signedCheckpoint();
        String extra = note + stranger.cosign(Note.parse(note).text(), 5).line();
        ReceiptAudit.Result res = check(withProof(r, r.proof().proof(), extra));
        assertEquals(Step.UNKNOWN_WITNESS, res.failed());
        assertTrue(res.computed().contains("stranger.example/w"), res.computed());
    }

    @Test
    void forgedCosignatureOfATrustedWitness() {
        Receipt r = log.receipt(7);
        String note = r.proof().signedCheckpoint();
        String last = note.substring(note.lastIndexOf(' ') + 1).strip();
        byte[] blob = Bytes.fromBase64(last);
        blob[30] ^= 1;
        String forged = note.replace(last, Bytes.base64(blob));
        assertEquals(
                Step.COSIGNATURE, check(withProof(r, r.proof().proof(), forged)).failed());
    }

    @Test
    void missingQuorum() {
        MemoryLog bare = new MemoryLog("example.org/merit-ledger").grow(4);
        bare.checkpoint();
        ReceiptAudit.Result res = ReceiptAudit.check(bare.receipt(2), bare.key().verifier(), List.of(witness.key()), 1);
        assertEquals(Step.QUORUM, res.failed());
    }

    @Test
    void newerCheckpointMustExtendTheReceiptsOne() {
        Receipt r = log.receipt(7);
        ReceiptAudit.Result ok = check(r);
        log.grow(30);
        String newer = log.signedCheckpoint(30);
        ReceiptAudit.Result ext = ReceiptAudit.extend(ok, r, newer, log.key().verifier(), log.consistency(12, 30));
        assertTrue(ext.valid(), ext.toString());
        assertEquals(30, ext.newerSize());
        // a rewritten ledger of the same key: no proof connects it to the receipt's checkpoint
        MemoryLog fork = new MemoryLog(log.origin, log.key());
        fork.tier = "MARKSMAN";
        fork.grow(30);
        ReceiptAudit.Result bad =
                ReceiptAudit.extend(ok, r, fork.signedCheckpoint(30), log.key().verifier(), fork.consistency(12, 30));
        assertEquals(Step.CONSISTENCY, bad.failed());
    }

    @Test
    void receiptOfAnotherLedger() {
        MemoryLog other = new MemoryLog("other.example/ledger").grow(3);
        other.checkpoint();
        assertEquals(Step.ORIGIN, check(other.receipt(1)).failed());
    }
}
