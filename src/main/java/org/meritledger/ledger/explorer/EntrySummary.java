package org.meritledger.ledger.explorer;

import java.time.Instant;

/** One row of the explorer's list: what an entry is, without its payload. */
public record EntrySummary(
        long sequence, Instant timestamp, String type, Long actorAccountId, String actorRole, String subject) {}
