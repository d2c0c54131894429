package org.meritledger.training.correction;

import java.time.Instant;
import java.util.List;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Standard;

/**
 * A signed result and every correction of it, oldest first: the values as signed off (never
 * changed), each correction with its values, reason, author and decision, and the values that
 * count now.
 */
public record ResultHistory(
        long resultId,
        long sessionId,
        String serviceNumber,
        String soldierName,
        String standardCode,
        int standardVersion,
        Standard standard,
        ResultValues original,
        String signedOffBy,
        Instant signedOffAt,
        List<Entry> corrections,
        ResultValues effective) {

    public ResultHistory {
        corrections = List.copyOf(corrections);
    }

    /** One correction. {@code decidedBy}, {@code decidedAt}, {@code decisionReason} are null until decided. */
    public record Entry(
            long correctionId,
            ResultValues values,
            String reason,
            String author,
            Instant at,
            Correction.Status status,
            String decidedBy,
            Instant decidedAt,
            String decisionReason) {}

    public boolean pending() {
        return corrections.stream().anyMatch(e -> e.status() == Correction.Status.PENDING_APPROVAL);
    }
}
