package org.meritledger.rewards.catalog;

/** What a version of an item records; also the last part of its ledger entry type. */
public enum ChangeKind {
    CREATED,
    UPDATED,
    RETIRED,
    REACTIVATED;

    /** {@code rewards.catalog.item.created} and so on. */
    public String entryType() {
        return "rewards.catalog.item." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
