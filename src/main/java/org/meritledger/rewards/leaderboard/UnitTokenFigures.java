package org.meritledger.rewards.leaderboard;

/**
 * A unit's tokens at a glance (unit and below), for the unit dashboard.
 *
 * @param month the current month
 * @param earned tokens earned this month
 * @param deducted tokens deducted this month
 * @param soldiersEarning soldiers who earned tokens this month
 * @param soldiersWithBalance soldiers who have had any movement
 * @param totalBalance the sum of their balances
 */
public record UnitTokenFigures(
        long unitId,
        Period month,
        long earned,
        long deducted,
        long soldiersEarning,
        long soldiersWithBalance,
        long totalBalance) {}
