package org.meritledger.training;

import java.time.Instant;
import java.util.Map;

/** A signed result as its soldier sees it in "My training". */
public record MyResult(long resultId, Instant when, String standardCode, int standardVersion, TrainingKind kind,
                       String place, Attendance attendance, Map<String, String> raw, Boolean passed, Tier tier,
                       Integer totalPoints) {
}
