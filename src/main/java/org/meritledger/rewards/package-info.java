/**
 * Reward tokens: non-financial tokens commanders award and deduct, with budgets and appeals.
 * Every balance is the sum of append-only movements, each written with its ledger entry; other
 * features (automatic award rules in {@code rewards.rules}, redemption later) add movements only
 * through {@link org.meritledger.rewards.movement.MovementWriter}. The reward catalog lives in
 * {@code rewards.catalog}, not here.
 */
package org.meritledger.rewards;
