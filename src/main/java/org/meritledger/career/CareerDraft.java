package org.meritledger.career;

import java.time.LocalDate;
import org.meritledger.personnel.Rank;

/**
 * What a commander typed in the "record event" dialog. One shape for every kind; which fields
 * matter depends on {@code kind} ({@link CareerRules} says which and checks them):
 * transfer {@code toUnitId}; promotion {@code toRank}; mission {@code name}, {@code role},
 * {@code endsOn} (optional); performance report {@code endsOn}, {@code rating}, {@code text}.
 */
public record CareerDraft(
        CareerKind kind,
        LocalDate effectiveOn,
        LocalDate endsOn,
        Long toUnitId,
        Rank toRank,
        String name,
        String role,
        Integer rating,
        String text) {

    public static CareerDraft transfer(LocalDate on, Long toUnitId) {
        return new CareerDraft(CareerKind.TRANSFER, on, null, toUnitId, null, null, null, null, null);
    }

    public static CareerDraft promotion(LocalDate on, Rank toRank) {
        return new CareerDraft(CareerKind.PROMOTION, on, null, null, toRank, null, null, null, null);
    }

    public static CareerDraft mission(LocalDate from, LocalDate to, String name, String role) {
        return new CareerDraft(CareerKind.MISSION, from, to, null, null, name, role, null, null);
    }

    public static CareerDraft report(LocalDate from, LocalDate to, Integer rating, String text) {
        return new CareerDraft(CareerKind.PERFORMANCE_REPORT, from, to, null, null, null, null, rating, text);
    }
}
