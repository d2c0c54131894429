package org.meritledger.rewards.leaderboard;

/**
 * One soldier's movements in a period, as the leaderboard counts them.
 *
 * @param earned awards and rule awards, less reversals of them
 * @param deducted tokens deducted (positive), less deductions reversed (on appeal)
 * @param deductions how many deductions were recorded
 */
public record Tally(long soldierId, long earned, long deducted, long deductions) {

    /** Earned less deducted: what "most improved" compares between periods. */
    public long net() {
        return earned - deducted;
    }
}
