package org.meritledger.rewards.leaderboard;

import java.util.List;

/** A unit's leaderboard for a period, with the soldier names filled in. */
public record UnitBoard(
        UnitOption unit,
        Period period,
        List<BoardLine> topEarners,
        List<BoardLine> mostImproved,
        List<BoardLine> deductions) {}
