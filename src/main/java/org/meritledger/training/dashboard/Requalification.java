package org.meritledger.training.dashboard;

import java.time.LocalDate;

/**
 * When a rifle qualification runs out: {@code months} calendar months after the day it was shot,
 * on the same day of the month or, where that month is shorter, on its last day (31 January + 1
 * month is 28 or 29 February). A soldier is due for requalification from that day on.
 */
public final class Requalification {

    private Requalification() {}

    public static LocalDate dueOn(LocalDate qualifiedOn, int months) {
        return qualifiedOn.plusMonths(months);
    }

    public static boolean isDue(LocalDate qualifiedOn, LocalDate today, int months) {
        return !today.isBefore(dueOn(qualifiedOn, months));
    }

    /**
     * The last qualification day that is due by {@code today}: due exactly when qualified on or
     * before it. Not simply {@code today.minusMonths(months)}: on 28 February, qualifications of
     * 29-31 January (one month) have run out too, because their due day is clamped to February's end.
     */
    public static LocalDate lastDueQualificationDay(LocalDate today, int months) {
        LocalDate d = today.minusMonths(months);
        while (isDue(d.plusDays(1), today, months)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
