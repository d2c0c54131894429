package org.meritledger.personnel;

/**
 * The kinds of career event a service record holds. The ledger entry type is
 * {@code personnel.career.<slug>}; the displayed name comes from {@code career.kind.<NAME>}.
 */
public enum CareerKind {
    TRANSFER("transfer"), PROMOTION("promotion"), MISSION("mission"), PERFORMANCE_REPORT("performance-report");

    private final String slug;

    CareerKind(String slug) {
        this.slug = slug;
    }

    public String entryType() {
        return "personnel.career." + slug;
    }

    public String translationKey() {
        return "career.kind." + name();
    }

    /** Transfers and promotions change the soldier's current record; the others only add history. */
    public boolean changesSoldier() {
        return this == TRANSFER || this == PROMOTION;
    }
}
