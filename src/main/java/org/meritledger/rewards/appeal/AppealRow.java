package org.meritledger.rewards.appeal;

import java.time.Instant;

/** An appeal as the Appeals queue shows it, with the deduction it is about. */
public record AppealRow(
        long id,
        long movementId,
        long soldierId,
        String soldier,
        long amount,
        Long categoryId,
        String deductionReason,
        String deductedBy,
        Instant deductedAt,
        String text,
        Instant filedAt,
        AppealState state,
        String decidedBy,
        String decisionReason,
        boolean decidable) {}
