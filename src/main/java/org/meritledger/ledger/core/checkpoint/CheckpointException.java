package org.meritledger.ledger.core.checkpoint;

/** A checkpoint that is well signed but not acceptable (wrong origin, suite or key), or malformed. */
public class CheckpointException extends Exception {
    private static final long serialVersionUID = 1L;

    public CheckpointException(String message) {
        super(message);
    }
}
