package org.meritledger.rewards.rules;

import java.util.List;
import org.meritledger.rewards.rules.replay.Outcome;

/**
 * What rules need to read of training beyond its events: a soldier's earlier signed results of a
 * standard with the values in effect (for "first time", "in a row" and "better than before"),
 * and the standards a rule may name. Read-only; training's rows stay training's.
 */
public interface TrainingOutcomes {

    /**
     * @param beforeSeq only results whose signed entry comes before this sequence number
     * @return oldest first, each with its newest correction in effect applied
     */
    List<Outcome> earlier(long soldierId, String standardCode, long beforeSeq);

    /** The codes of the training standards, sorted. */
    List<String> standardCodes();
}
