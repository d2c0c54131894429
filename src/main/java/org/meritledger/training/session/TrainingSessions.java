package org.meritledger.training.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;

/** Training sessions, newest first. */
public interface TrainingSessions {
    Optional<TrainingSession> find(long id);
    /** @param unitIds restrict to sessions of these units, or {@code null} for all */
    List<TrainingSession> page(Collection<Long> unitIds, PageRequest page);

    long count(Collection<Long> unitIds);

    TrainingSession store(TrainingSession s);
}
