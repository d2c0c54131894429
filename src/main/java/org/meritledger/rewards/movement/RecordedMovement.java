package org.meritledger.rewards.movement;

/**
 * A movement just written: its id, the ledger entry that recorded it, and the soldier's balance
 * after it. Also the CDI event fired for each movement (notifications and other features observe it).
 */
public record RecordedMovement(
        long id, long ledgerSeq, long soldierId, MovementKind kind, long amount, long balanceAfter) {}
