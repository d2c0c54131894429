package org.meritledger.career;

/**
 * The kinds of career event a service record holds. The ledger entry type is
 * {@code personnel.career.<slug>}; the displayed name comes from {@code career.kind.<NAME>}.
 */
public enum CareerKind {
    TRANSFER("transfer"),
    PROMOTION("promotion"),
    MISSION("mission"),
    PERFORMANCE_REPORT("performance-report"),
    /** Withdraws a mission or report recorded in error; the withdrawn event stays, marked, in the record. */
    WITHDRAWAL("withdrawal");

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

    /**
     * Missions and reports can be withdrawn. Transfers and promotions cannot: they changed the
     * soldier, so a mistake is put right by recording the next transfer or promotion.
     */
    public boolean withdrawable() {
        return this == MISSION || this == PERFORMANCE_REPORT;
    }

    /** The kinds a commander records directly ("Record event"); a withdrawal is made from the event it withdraws. */
    public static java.util.List<CareerKind> recordable() {
        return java.util.List.of(TRANSFER, PROMOTION, MISSION, PERFORMANCE_REPORT);
    }
}
