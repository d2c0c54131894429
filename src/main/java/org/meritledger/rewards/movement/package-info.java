/**
 * Token movements, the only way a balance changes: the append-only {@link
 * org.meritledger.rewards.movement.Movement} rows, the cached balance, and the {@link
 * org.meritledger.rewards.movement.MovementWriter} that writes a movement with its ledger entry.
 * Access rules (who may award whom) are not here: they belong to the feature that calls the writer.
 */
package org.meritledger.rewards.movement;
