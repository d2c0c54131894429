/**
 * Commanders' view of tokens across a unit: the leaderboard for a period (top earners, most
 * improved, deductions apart) and the token figures on the unit dashboard. Scope is checked in
 * {@link org.meritledger.rewards.leaderboard.LeaderboardService}; ranking and periods are pure
 * ({@link org.meritledger.rewards.leaderboard.Leaderboard}, {@link org.meritledger.rewards.leaderboard.Period}).
 */
package org.meritledger.rewards.leaderboard;
