package org.meritledger.training.correction;

import java.util.List;
import java.util.Map;
import org.meritledger.training.standard.ResultValues;

/**
 * Which values of a result count, given its corrections in order: the newest correction in
 * effect (made without need of approval, or approved), else the values as signed off. Pending
 * and rejected corrections change nothing. Pure, so the session page, the soldier's record and
 * the export agree.
 */
final class CorrectionChain {

    private CorrectionChain() {}

    static Correction.Status status(TrainingCorrection c, CorrectionDecision d) {
        if (d != null) {
            return d.isApproved() ? Correction.Status.EFFECTIVE : Correction.Status.REJECTED;
        }
        return c.isNeedsApproval() ? Correction.Status.PENDING_APPROVAL : Correction.Status.EFFECTIVE;
    }

    /** @param corrections of one result, oldest first */
    static ResultValues effective(
            ResultValues original, List<TrainingCorrection> corrections, Map<Long, CorrectionDecision> decisions) {
        ResultValues out = original;
        for (TrainingCorrection c : corrections) {
            if (status(c, decisions.get(c.getId())) == Correction.Status.EFFECTIVE) {
                out = c.values();
            }
        }
        return out;
    }

    static boolean pending(List<TrainingCorrection> corrections, Map<Long, CorrectionDecision> decisions) {
        return corrections.stream()
                .anyMatch(c -> status(c, decisions.get(c.getId())) == Correction.Status.PENDING_APPROVAL);
    }

    static boolean anyEffective(List<TrainingCorrection> corrections, Map<Long, CorrectionDecision> decisions) {
        return corrections.stream().anyMatch(c -> status(c, decisions.get(c.getId())) == Correction.Status.EFFECTIVE);
    }
}
