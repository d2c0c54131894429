package org.meritledger.rewards.redemption;

/**
 * A soldier's tokens as redemption sees them. {@code available} is the balance (every movement,
 * holds included, since a HOLD takes its tokens off at once); {@code held} is what pending and
 * ready requests set aside; {@code available + held} is what the soldier has earned and not spent.
 */
public record TokenFigures(long available, long held) {}
