package org.meritledger.training.mytraining;

import java.time.Instant;
import java.util.Map;
import org.meritledger.training.correction.CorrectionSummary;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * A signed result as its soldier sees it in "My training". The values are the ones that count
 * now: a correction in effect replaces what was signed off, and {@code correction} then says so
 * (what was signed, who corrected it and why). {@code correction} is null for a result never
 * corrected and with no correction waiting.
 *
 * @param ledgerSeq the ledger entry that recorded the sign-off (its receipt), or null if unknown
 * @param signedBy  the account name of the commander who signed the session off, or null if unknown
 */
public record MyResult(
        long resultId,
        Instant when,
        String standardCode,
        int standardVersion,
        TrainingKind kind,
        String place,
        Attendance attendance,
        Map<String, String> raw,
        Boolean passed,
        Tier tier,
        Integer totalPoints,
        Long ledgerSeq,
        CorrectionSummary correction,
        String signedBy) {

    /** A result whose signer is not asked for (trends, tests). */
    public MyResult(
            long resultId,
            Instant when,
            String standardCode,
            int standardVersion,
            TrainingKind kind,
            String place,
            Attendance attendance,
            Map<String, String> raw,
            Boolean passed,
            Tier tier,
            Integer totalPoints,
            Long ledgerSeq,
            CorrectionSummary correction) {
        this(
                resultId,
                when,
                standardCode,
                standardVersion,
                kind,
                place,
                attendance,
                raw,
                passed,
                tier,
                totalPoints,
                ledgerSeq,
                correction,
                null);
    }

    /** A result without corrections. */
    public MyResult(
            long resultId,
            Instant when,
            String standardCode,
            int standardVersion,
            TrainingKind kind,
            String place,
            Attendance attendance,
            Map<String, String> raw,
            Boolean passed,
            Tier tier,
            Integer totalPoints,
            Long ledgerSeq) {
        this(
                resultId,
                when,
                standardCode,
                standardVersion,
                kind,
                place,
                attendance,
                raw,
                passed,
                tier,
                totalPoints,
                ledgerSeq,
                null);
    }

    public boolean corrected() {
        return correction != null && correction.correctedBy() != null;
    }
}
