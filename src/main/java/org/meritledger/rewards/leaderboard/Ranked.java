package org.meritledger.rewards.leaderboard;

/**
 * A place on a leaderboard. Ties share a place and the next place is skipped (1, 2, 2, 4).
 *
 * @param value what the board ranks by: earned tokens, the improvement, or tokens deducted
 * @param current the soldier's tally this period (zero if none)
 * @param previous the tally of the period before (zero if none)
 */
public record Ranked(int place, long soldierId, long value, Tally current, Tally previous) {}
