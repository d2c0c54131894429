package org.meritledger.training.correction;

import java.time.Instant;
import org.meritledger.training.standard.ResultValues;

/**
 * A tier-changing correction waiting for a second person, as an approver's list shows it.
 * {@code mayDecide} is false for the author and for readers (auditors); the service checks again.
 */
public record PendingCorrection(
        long correctionId,
        long resultId,
        long sessionId,
        String serviceNumber,
        String soldierName,
        String standardCode,
        int standardVersion,
        ResultValues before,
        ResultValues proposed,
        String reason,
        String author,
        Instant at,
        boolean mayDecide) {}
