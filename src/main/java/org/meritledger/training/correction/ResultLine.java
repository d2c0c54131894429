package org.meritledger.training.correction;

import org.meritledger.training.standard.ResultValues;

/**
 * One participant's signed result on the session page: as signed off, as it counts now, and
 * whether it was corrected or a correction waits for approval.
 */
public record ResultLine(
        long resultId,
        long soldierId,
        String serviceNumber,
        String name,
        ResultValues original,
        ResultValues effective,
        Mark mark) {

    public enum Mark {
        NONE,
        CORRECTED,
        PENDING
    }
}
