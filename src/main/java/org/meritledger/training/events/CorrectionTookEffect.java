package org.meritledger.training.events;

import java.time.Instant;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/**
 * A correction of a signed result took effect: made without need of approval, or approved.
 * Fired inside that transaction, after the ledger entry that made it count. {@code before} and
 * {@code after} are the result's values in effect before and after (they may be equal when a
 * newer correction already counts).
 *
 * @param resultSeq the sequence number of the result's original {@code training.result.signed} entry
 * @param ledgerSeq the sequence number of the entry that made the correction count
 *     ({@code training.result.corrected} or {@code training.correction.approved})
 */
public record CorrectionTookEffect(
        long correctionId,
        long resultId,
        long soldierId,
        long sessionId,
        String standardCode,
        long unitId,
        Instant signedAt,
        long resultSeq,
        long ledgerSeq,
        Outcome before,
        Outcome after) {

    /** The parts of a result's values that other features react to. */
    public record Outcome(Attendance attendance, Boolean passed, Tier tier, Integer totalPoints) {}
}
