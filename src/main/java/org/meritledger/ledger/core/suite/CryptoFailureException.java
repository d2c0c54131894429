package org.meritledger.ledger.core.suite;

/**
 * A provider failure that should not happen with a correctly built runtime (missing algorithm,
 * unusable key). Unchecked, because callers cannot recover from a broken installation.
 */
public final class CryptoFailureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CryptoFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
