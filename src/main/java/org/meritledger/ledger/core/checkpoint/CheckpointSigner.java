package org.meritledger.ledger.core.checkpoint;

import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteSigner;

/**
 * Signs this ledger's checkpoints. The key name is the origin, as tlog-checkpoint recommends, so
 * one origin string identifies both the log and its key name.
 */
public final class CheckpointSigner {

    private final NoteSigner signer;

    public CheckpointSigner(NoteSigner signer) {
        this.signer = signer;
    }

    /** Builds the checkpoint for (size, root) with suite and key lines, signs it, returns the note text. */
    public String sign(long size, byte[] rootHash) {
        Checkpoint cp = Checkpoint.of(
                signer.name(), size, rootHash, signer.verifier().suite().id(), signer.keyId());
        try {
            return Note.sign(cp.body(), signer).format();
        } catch (MalformedNoteException e) {
            throw new IllegalArgumentException("origin cannot be put in a note: " + e.getMessage(), e);
        }
    }

    public NoteSigner noteSigner() {
        return signer;
    }
}
