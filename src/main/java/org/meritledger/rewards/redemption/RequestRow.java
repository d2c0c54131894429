package org.meritledger.rewards.redemption;

import java.time.Instant;

/**
 * A request as a screen shows it, with what the caller may do with it now.
 *
 * @param changedBy who made the latest step (display name), null for the first
 */
public record RequestRow(
        long id,
        long soldierId,
        String soldier,
        long itemId,
        String itemEn,
        String itemZh,
        int tokenCost,
        RequestState state,
        Instant requestedAt,
        Instant changedAt,
        String changedBy,
        String reason,
        boolean decidable,
        boolean cancellable) {}
