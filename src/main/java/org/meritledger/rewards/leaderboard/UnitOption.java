package org.meritledger.rewards.leaderboard;

/** A unit the caller may open, with its path for the picker. */
public record UnitOption(long id, String path) {}
