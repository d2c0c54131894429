package org.meritledger.training.correction;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;

/** Corrections of signed-off results and the decisions on them; both only ever added to. */
public interface TrainingCorrections {
    Optional<TrainingCorrection> find(long id);
    /** Every correction of these results, oldest first. */
    List<TrainingCorrection> ofResults(Collection<Long> resultIds);

    Map<Long, CorrectionDecision> decisionsOf(Collection<Long> correctionIds);
    /**
     * Corrections waiting for a second person, oldest first.
     * @param unitIds only those of sessions of these units, or {@code null} for all
     */
    List<TrainingCorrection> pending(Collection<Long> unitIds, PageRequest page);

    long countPending(Collection<Long> unitIds);

    TrainingCorrection store(TrainingCorrection c);

    CorrectionDecision store(CorrectionDecision d);
}
