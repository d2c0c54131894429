package org.meritledger.ledger.core.checkpoint;

/** Checkpoint or proof text that does not follow the C2SP format strictly. */
public final class MalformedCheckpointException extends CheckpointException {
    private static final long serialVersionUID = 1L;

    public MalformedCheckpointException(String message) {
        super("malformed checkpoint: " + message);
    }
}
