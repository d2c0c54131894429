package org.meritledger.rewards.rules.replay;

/**
 * The condition a rule tests on a result that takes effect, against the soldier's earlier
 * results of the same standard (present ones only, in ledger order, with their values in effect).
 */
public enum Condition {
    /** The result's tier is the given tier or better. */
    TIER_AT_LEAST(true, false),
    /** The result is a pass. */
    PASS(false, false),
    /** The result is at the given tier or better and no earlier result was. */
    FIRST_TIER_AT_LEAST(true, false),
    /**
     * The result is a pass that makes a run of N passes in a row (N, 2N, 3N...: each run of N
     * earns once; a fail starts the count again).
     */
    CONSECUTIVE_PASSES(false, true),
    /** The result's tier is strictly better than the tier of the soldier's previous result. */
    BETTER_THAN_PREVIOUS(false, false);

    private final boolean needsTier;
    private final boolean needsCount;

    Condition(boolean needsTier, boolean needsCount) {
        this.needsTier = needsTier;
        this.needsCount = needsCount;
    }

    public boolean needsTier() {
        return needsTier;
    }

    public boolean needsCount() {
        return needsCount;
    }
}
