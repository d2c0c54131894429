package org.meritledger.ledger.core.witness;

import java.security.MessageDigest;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.checkpoint.CheckpointException;
import org.meritledger.ledger.core.checkpoint.CheckpointVerifier;
import org.meritledger.ledger.core.checkpoint.MalformedCheckpointException;
import org.meritledger.ledger.core.merkle.ProofVerificationException;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.witness.WitnessDecision.Alert;
import org.meritledger.ledger.core.witness.WitnessDecision.Cosign;
import org.meritledger.ledger.core.witness.WitnessDecision.Refuse;

/**
 * The checks of c2sp.org/tlog-witness {@code add-checkpoint}, in the specification's order, for
 * one log whose keys and latest cosigned state the caller has looked up (under a lock, so the
 * check and the update are atomic). Never cosigns a smaller tree, another root at the same size,
 * or a tree that no consistency proof connects to the one cosigned before.
 */
public final class WitnessRules {

    private WitnessRules() {}

    /** The origin line of a submitted checkpoint, before anything is verified (to find the log). */
    public static String origin(AddCheckpoint request) {
        try {
            return Checkpoint.parse(Note.parse(request.signedCheckpoint()).text())
                    .origin();
        } catch (MalformedNoteException | MalformedCheckpointException e) {
            throw new IllegalArgumentException("not a signed checkpoint: " + e.getMessage());
        }
    }

    /**
     * @param logKeys the keys the witness trusts for the request's origin (null: unknown origin)
     * @param state what the witness last cosigned for that origin
     */
    public static WitnessDecision decide(
            AddCheckpoint request, String origin, NoteVerifiers logKeys, WitnessState state) {
        if (logKeys == null) {
            return new Refuse(404, "unknown log origin " + origin, -1, null, null);
        }
        Checkpoint cp;
        try {
            cp = new CheckpointVerifier(origin, logKeys)
                    .open(request.signedCheckpoint())
                    .checkpoint();
        } catch (NoteException | CheckpointException | IllegalArgumentException e) {
            return new Refuse(
                    403, "checkpoint signature not verified by a trusted key: " + e.getMessage(), -1, null, null);
        }
        byte[] root = cp.rootHash();
        // Evidence first: these hold whatever old size the client claims.
        if (state.size() > 0 && cp.size() == state.size() && !MessageDigest.isEqual(root, state.root())) {
            return new Refuse(
                    409,
                    "a checkpoint of size " + cp.size() + " with root " + Bytes.hex(root)
                            + " was already cosigned with root " + Bytes.hex(state.root()),
                    state.size(),
                    Alert.SAME_SIZE_OTHER_ROOT,
                    cp);
        }
        if (request.oldSize() > cp.size()) {
            Alert alert = request.oldSize() == state.size() && cp.size() < state.size() ? Alert.SMALLER_TREE : null;
            return new Refuse(
                    400,
                    "old size " + request.oldSize() + " is larger than the checkpoint's size " + cp.size(),
                    -1,
                    alert,
                    cp);
        }
        if (request.oldSize() != state.size()) {
            return new Refuse(
                    409,
                    "old size " + request.oldSize() + " is not the latest cosigned size " + state.size(),
                    state.size(),
                    null,
                    cp);
        }
        if (cp.size() == state.size()) {
            // same size and (checked above) same root, or both empty
            return new Cosign(cp, request.signedCheckpoint());
        }
        if (state.size() == 0) {
            if (!request.proof().isEmpty()) {
                return new Refuse(422, "the consistency proof from size 0 must be empty", -1, null, cp);
            }
            return new Cosign(cp, request.signedCheckpoint());
        }
        try {
            ProofVerifier.verifyConsistency(
                    new RfcLogHasher(logKeys.known().get(0).suite().newDigester()),
                    state.size(),
                    cp.size(),
                    request.proof(),
                    state.root(),
                    root);
        } catch (ProofVerificationException e) {
            return new Refuse(
                    422,
                    "no valid consistency proof from the cosigned size " + state.size() + " to " + cp.size() + ": "
                            + e.getMessage(),
                    -1,
                    Alert.INCONSISTENT,
                    cp);
        }
        return new Cosign(cp, request.signedCheckpoint());
    }
}
