package org.meritledger.ledger.core.receipt;

import java.util.List;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.checkpoint.CheckpointException;
import org.meritledger.ledger.core.checkpoint.CheckpointVerifier;
import org.meritledger.ledger.core.checkpoint.MalformedCheckpointException;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.merkle.ProofVerificationException;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;

/**
 * The whole check of a receipt that the standalone verifier and the public receipt page run:
 * the {@link ReceiptVerifier} steps against a trusted log key, then the cosignatures on its
 * checkpoint against trusted witness keys (once any witness is trusted, a line by nobody trusted
 * is a finding: receipts are issued with only the portal's configured witnesses), and optionally that a newer checkpoint
 * extends the receipt's (consistency proof), so a later rewrite of history is caught too.
 */
public final class ReceiptAudit {

    /** What is checked, in order; a failed audit names the first step that failed. */
    public enum Step {
        ORIGIN,
        PAYLOAD_HASH,
        ENTRY_HASH,
        INDEX,
        CHECKPOINT_SIGNATURE,
        INCLUSION,
        COSIGNATURE,
        UNKNOWN_WITNESS,
        QUORUM,
        NEWER_CHECKPOINT,
        CONSISTENCY
    }

    /**
     * @param failed the first failed step, or null when everything verified
     * @param treeSize the receipt's checkpoint size (0 if unreadable)
     * @param witnesses labels of the trusted witnesses whose cosignature verified
     * @param newerSize size of the newer checkpoint checked for consistency, or 0
     */
    public record Result(
            Step failed, String expected, String computed, long treeSize, List<String> witnesses, long newerSize) {

        public Result {
            witnesses = List.copyOf(witnesses);
        }

        public boolean valid() {
            return failed == null;
        }

        @Override
        public String toString() {
            return valid()
                    ? "valid: entry in the tree of size " + treeSize + ", cosigned by " + witnesses
                            + (newerSize > 0 ? ", consistent with the checkpoint of size " + newerSize : "")
                    : "INVALID: " + failed + " failed: expected " + expected + ", computed " + computed;
        }
    }

    private ReceiptAudit() {}

    /** Checks the receipt against the log key in effect at its checkpoint and the trusted witnesses. */
    public static Result check(Receipt r, NoteVerifier logKey, List<CosignerKey> witnesses, int quorum) {
        if (!r.origin().equals(logKey.name())
                || !r.suiteId().equals(logKey.suite().id())) {
            return fail(
                    Step.ORIGIN,
                    "a receipt of " + logKey.name() + " (" + logKey.suite().id() + ")",
                    r.origin() + " (" + r.suiteId() + ")",
                    0,
                    List.of());
        }
        ReceiptCheck basic = ReceiptVerifier.verify(r, logKey);
        if (!basic.verified()) {
            return fail(
                    Step.valueOf(basic.failedStep().name()),
                    basic.expected(),
                    basic.computed(),
                    basic.treeSize(),
                    List.of());
        }
        long size = basic.treeSize();
        Cosignatures c;
        try {
            c = Cosignatures.of(r.proof().signedCheckpoint(), logKey, witnesses);
        } catch (MalformedNoteException e) {
            return fail(Step.CHECKPOINT_SIGNATURE, "a signed note", e.getMessage(), size, List.of());
        }
        List<String> by =
                c.valid().stream().map(w -> w.witness().label()).distinct().toList();
        if (c.bad() != null) {
            return fail(Step.COSIGNATURE, "valid cosignatures by trusted witnesses", c.bad(), size, by);
        }
        // With no witness trusted there is nothing to judge cosignatures by: they are left unchecked.
        if (!c.unknown().isEmpty() && !witnesses.isEmpty()) {
            return fail(
                    Step.UNKNOWN_WITNESS,
                    "signatures only by " + logKey.name() + "+" + KeyIds.hex(logKey.keyId()) + " and trusted witnesses "
                            + witnesses.stream().map(CosignerKey::label).toList(),
                    c.unknown().stream().map(NoteSignature::keyLabel).toList().toString(),
                    size,
                    by);
        }
        if (by.size() < quorum) {
            return fail(Step.QUORUM, quorum + " witness cosignatures", by.size() + " " + by, size, by);
        }
        return new Result(null, null, null, size, by, 0);
    }

    /**
     * Then checks that {@code newerNote}, signed by {@code newerKey} (the key in effect at its
     * size), extends the receipt's checkpoint by the consistency {@code proof}.
     */
    public static Result extend(
            Result checked, Receipt r, String newerNote, NoteVerifier newerKey, List<byte[]> proof) {
        if (!checked.valid()) {
            return checked;
        }
        Checkpoint old;
        try {
            old = Checkpoint.parse(Note.parse(r.proof().signedCheckpoint()).text());
        } catch (MalformedNoteException | MalformedCheckpointException e) {
            return fail(Step.CHECKPOINT_SIGNATURE, "a checkpoint", e.getMessage(), 0, checked.witnesses());
        }
        Checkpoint newer;
        try {
            newer = new CheckpointVerifier(r.origin(), NoteVerifiers.of(newerKey))
                    .open(newerNote)
                    .checkpoint();
        } catch (NoteException | CheckpointException | IllegalArgumentException e) {
            return fail(
                    Step.NEWER_CHECKPOINT,
                    "a checkpoint of " + r.origin() + " signed by " + newerKey.name() + "+"
                            + KeyIds.hex(newerKey.keyId()),
                    e.getMessage(),
                    old.size(),
                    checked.witnesses());
        }
        try {
            if (newer.size() < old.size()) {
                throw new ProofVerificationException("the newer checkpoint (" + newer.size()
                        + ") is smaller than the receipt's (" + old.size() + ")");
            }
            ProofVerifier.verifyConsistency(
                    new RfcLogHasher(newerKey.suite().newDigester()),
                    old.size(),
                    newer.size(),
                    proof,
                    old.rootHash(),
                    newer.rootHash());
        } catch (ProofVerificationException e) {
            return fail(
                    Step.CONSISTENCY,
                    "the tree of size " + newer.size() + " (root " + Bytes.hex(newer.rootHash()) + ") extends size "
                            + old.size() + " (root " + Bytes.hex(old.rootHash()) + ")",
                    e.getMessage(),
                    old.size(),
                    checked.witnesses());
        }
        return new Result(null, null, null, old.size(), checked.witnesses(), newer.size());
    }

    private static Result fail(Step step, String expected, String computed, long size, List<String> by) {
        return new Result(step, expected, computed, size, by, 0);
    }
}
