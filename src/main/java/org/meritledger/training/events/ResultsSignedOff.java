package org.meritledger.training.events;

import java.time.Instant;
import java.util.List;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * A session was signed off: its results are on the ledger and in effect. Fired at the end of the
 * sign-off, after the session's own ledger entry, inside its transaction.
 *
 * @param standardCode the standard's stable code (e.g. {@code rifle-qualification}), the same across versions
 * @param startsAt when the training took place
 * @param signedAt when it was signed off
 * @param results one per participant, in the order of their ledger entries
 */
public record ResultsSignedOff(
        long sessionId,
        long standardId,
        String standardCode,
        int standardVersion,
        TrainingKind kind,
        long unitId,
        Instant startsAt,
        Instant signedAt,
        List<Line> results) {

    public ResultsSignedOff {
        results = List.copyOf(results);
    }

    /**
     * One signed result.
     *
     * @param ledgerSeq the sequence number of the result's {@code training.result.signed} entry
     * @param passed null where pass/fail does not apply (absent)
     * @param tier null where the standard has no tiers or the soldier was absent
     */
    public record Line(
            long resultId,
            long soldierId,
            long ledgerSeq,
            Attendance attendance,
            Boolean passed,
            Tier tier,
            Integer totalPoints) {}
}
