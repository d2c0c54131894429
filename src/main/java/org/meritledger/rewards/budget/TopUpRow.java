package org.meritledger.rewards.budget;

import java.time.Instant;

/** A top-up as listed. */
public record TopUpRow(long id, String commander, String period, long amount, String reason, String by, Instant at) {}
