package org.meritledger.rewards.budget;

/**
 * A commander's budget for one period.
 *
 * @param period {@code YYYY-MM} (UTC)
 * @param allowance the level's or the commander's own allowance
 * @param toppedUp what administrators added for this period
 * @param used what the commander awarded in this period
 */
public record BudgetFigures(String period, long allowance, long toppedUp, long used) {
    public long remaining() {
        return Math.max(0, allowance + toppedUp - used);
    }
}
