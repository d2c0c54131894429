package org.meritledger.ledger.core.suite;

/** Key bytes or a key object that are not a (canonical) key of the expected suite. */
public final class InvalidKeyEncodingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidKeyEncodingException(String message) {
        super(message);
    }

    public InvalidKeyEncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
