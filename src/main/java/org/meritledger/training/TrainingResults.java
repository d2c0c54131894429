package org.meritledger.training;

import java.util.List;

/** Result lines of sessions. */
public interface TrainingResults {
    List<TrainingResult> ofSession(long sessionId);
    /** A soldier's signed results, newest session first. */
    List<TrainingResult> signedOf(long soldierId);
    TrainingResult store(TrainingResult r);
}
