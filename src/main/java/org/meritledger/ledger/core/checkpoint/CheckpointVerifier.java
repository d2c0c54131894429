package org.meritledger.ledger.core.checkpoint;

import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.note.VerifiedNote;

/** Opens signed checkpoints of one origin against a set of trusted keys. */
public final class CheckpointVerifier {

    private final String origin;
    private final NoteVerifiers keys;

    public CheckpointVerifier(String origin, NoteVerifiers keys) {
        this.origin = origin;
        this.keys = keys;
    }

    /**
     * Verifies the note's signature, then the body: it must parse, name our origin, and its
     * {@code suite}/{@code key} lines (when present) must match the key that signed it, so a
     * checkpoint cannot claim a suite or key other than the one actually used.
     *
     * @throws NoteException unknown key, bad signature or malformed note (see its subclasses)
     * @throws CheckpointException if the signed body is not an acceptable checkpoint
     */
    public VerifiedCheckpoint open(String signedNote) throws NoteException, CheckpointException {
        VerifiedNote note = keys.open(signedNote);
        Checkpoint cp = Checkpoint.parse(note.text());
        if (!cp.origin().equals(origin)) {
            throw new CheckpointException("origin is " + cp.origin() + ", expected " + origin);
        }
        NoteVerifier by = null;
        for (NoteVerifier v : note.verifiedBy()) {
            if (v.name().equals(origin)) {
                by = v;
            }
        }
        if (by == null) {
            throw new CheckpointException("no verified signature under the origin's key name " + origin);
        }
        if (cp.suiteId().isPresent() && !cp.suiteId().get().equals(by.suite().id())) {
            throw new CheckpointException("checkpoint names suite "
                    + cp.suiteId().get() + " but was signed with " + by.suite().id());
        }
        if (cp.keyIdHex().isPresent() && !cp.keyIdHex().get().equals(KeyIds.hex(by.keyId()))) {
            throw new CheckpointException(
                    "checkpoint names key " + cp.keyIdHex().get() + " but was signed by " + KeyIds.hex(by.keyId()));
        }
        return new VerifiedCheckpoint(cp, by);
    }
}
