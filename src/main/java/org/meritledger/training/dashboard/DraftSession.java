package org.meritledger.training.dashboard;

import java.time.Instant;

/** A session still in draft, as the dashboard lists it (with a link to its sheet). */
public record DraftSession(
        long id, String standardCode, String unitPath, Instant startsAt, String place, long participants) {}
