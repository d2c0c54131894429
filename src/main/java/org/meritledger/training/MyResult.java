package org.meritledger.training;

import java.time.Instant;
import java.util.Map;

/**
 * A signed result as its soldier sees it in "My training".
 *
 * @param ledgerSeq the ledger entry that recorded it (its receipt), or null if unknown
 */
public record MyResult(long resultId, Instant when, String standardCode, int standardVersion, TrainingKind kind,
                       String place, Attendance attendance, Map<String, String> raw, Boolean passed, Tier tier,
                       Integer totalPoints, Long ledgerSeq) {
}
