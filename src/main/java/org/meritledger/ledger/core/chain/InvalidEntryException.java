package org.meritledger.ledger.core.chain;

/** Entry fields that cannot be encoded (sub-microsecond time, invalid UTF-16, missing type...). */
public final class InvalidEntryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidEntryException(String message) {
        super(message);
    }
}
