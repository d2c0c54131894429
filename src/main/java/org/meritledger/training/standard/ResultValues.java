package org.meritledger.training.standard;

import java.util.Map;

/**
 * One version of a result's values: as signed off, or as a correction set them. {@code passed},
 * {@code tier} and {@code totalPoints} are null where they do not apply (absent, no tiers, no points).
 */
public record ResultValues(
        Attendance attendance, Map<String, String> raw, Boolean passed, Tier tier, Integer totalPoints) {

    public ResultValues {
        raw = raw == null ? Map.of() : Map.copyOf(raw);
    }

    public static ResultValues graded(Attendance attendance, Map<String, String> raw, Grade grade) {
        boolean present = attendance == Attendance.PRESENT;
        return new ResultValues(
                attendance,
                present ? raw : Map.of(),
                present ? grade.passed() : null,
                present ? grade.tier() : null,
                present ? grade.totalPoints() : null);
    }

    /**
     * The grade these values stand for, for deciding whether a correction needs a second person.
     * Absent or excused counts as "not passed, no tier": marking an expert absent changes the tier.
     */
    public Grade grade() {
        if (attendance != Attendance.PRESENT || passed == null) {
            return Grade.verdict(false);
        }
        return new Grade(true, passed, tier, totalPoints, Map.of(), java.util.List.of());
    }
}
