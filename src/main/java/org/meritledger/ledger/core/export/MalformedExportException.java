package org.meritledger.ledger.core.export;

/** A line of an export that is not a well-formed record. */
public final class MalformedExportException extends IllegalArgumentException {

    private final long line;

    public MalformedExportException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
