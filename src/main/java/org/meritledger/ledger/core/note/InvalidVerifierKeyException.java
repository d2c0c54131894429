package org.meritledger.ledger.core.note;

/** A verifier-key string ({@code name+keyid+base64}) that cannot be used. */
public final class InvalidVerifierKeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidVerifierKeyException(String message) {
        super(message);
    }

    public InvalidVerifierKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
