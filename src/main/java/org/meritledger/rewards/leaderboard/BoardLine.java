package org.meritledger.rewards.leaderboard;

/**
 * A leaderboard row as shown: place, soldier and the figures.
 *
 * @param value earned, improvement or deducted, by the list
 */
public record BoardLine(
        int place,
        long soldierId,
        String serviceNumber,
        String name,
        String unitPath,
        long value,
        long earned,
        long deducted,
        long deductions,
        long previousNet,
        long net) {}
