package org.meritledger.ledger.core.suite;

/** A suite id that this core does not implement (a typo, or a ledger from a newer version). */
public final class UnknownSuiteException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String suiteId;

    public UnknownSuiteException(String suiteId) {
        super("unknown crypto suite id: " + suiteId);
        this.suiteId = suiteId;
    }

    public String suiteId() {
        return suiteId;
    }
}
