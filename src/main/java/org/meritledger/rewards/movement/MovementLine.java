package org.meritledger.rewards.movement;

import java.time.Instant;

/** A movement as a history row shows it, with the ledger entry that recorded it. */
public record MovementLine(
        long id,
        MovementKind kind,
        long amount,
        Long categoryId,
        String reason,
        Long reversesId,
        Long recordedBy,
        Instant recordedAt,
        Long ledgerSeq) {}
