package org.meritledger.training.session;

import java.time.Instant;
import org.meritledger.training.standard.TrainingKind;

/** A session as lists show it. */
public record SessionSummary(
        long id,
        String standardCode,
        int standardVersion,
        TrainingKind kind,
        long unitId,
        String unitPath,
        Instant startsAt,
        String place,
        String conductingOfficer,
        SessionState state,
        int participants) {}
