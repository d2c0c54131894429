package org.meritledger.training.session;

import java.util.List;
import java.util.Optional;

/** Result lines of sessions. */
public interface TrainingResults {
    Optional<TrainingResult> find(long id);
    /** Reads and write-locks the row until the transaction ends, so two corrections of one result queue. */
    Optional<TrainingResult> findLocked(long id);

    List<TrainingResult> ofSession(long sessionId);
    /** How many participants a session has, without loading their lines (session lists). */
    long countOfSession(long sessionId);
    /** A soldier's signed results, newest session first. */
    List<TrainingResult> signedOf(long soldierId);

    TrainingResult store(TrainingResult r);
}
