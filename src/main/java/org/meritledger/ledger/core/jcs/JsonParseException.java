package org.meritledger.ledger.core.jcs;

/** Text that is not strict JSON (RFC 8259 plus the I-JSON limits of RFC 7493 that JCS needs). */
public final class JsonParseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public JsonParseException(String message, int offset) {
        super(message + " at offset " + offset);
        this.offset = offset;
    }

    /** Index of the offending UTF-16 char in the input. */
    public int offset() {
        return offset;
    }
}
