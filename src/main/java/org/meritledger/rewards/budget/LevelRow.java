package org.meritledger.rewards.budget;

/** A unit level's allowance as the Budgets page shows it; allowance null = none set. */
public record LevelRow(int depth, Long allowance) {}
