package org.meritledger.rewards.leaderboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * A calendar period a leaderboard covers: a month (the budget period), a quarter or a year,
 * from its first day (inclusive) to the next period's first day (exclusive). Pure arithmetic.
 */
public record Period(Kind kind, LocalDate start) {

    public enum Kind {
        MONTH,
        QUARTER,
        YEAR
    }

    public Period {
        if (!start.equals(startOf(kind, start))) {
            throw new IllegalArgumentException(start + " does not start a " + kind);
        }
    }

    /** The period of this kind that contains {@code day}. */
    public static Period containing(Kind kind, LocalDate day) {
        return new Period(kind, startOf(kind, day));
    }

    private static LocalDate startOf(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the next period (exclusive end). */
    public LocalDate end() {
        return switch (kind) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    public Period previous() {
        return switch (kind) {
            case MONTH -> new Period(kind, start.minusMonths(1));
            case QUARTER -> new Period(kind, start.minusMonths(3));
            case YEAR -> new Period(kind, start.minusYears(1));
        };
    }

    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant to(ZoneId zone) {
        return end().atStartOfDay(zone).toInstant();
    }

    /** The period containing {@code today} and the {@code n - 1} before it, newest first. */
    public static java.util.List<Period> recent(Kind kind, LocalDate today, int n) {
        java.util.List<Period> out = new java.util.ArrayList<>();
        Period p = containing(kind, today);
        for (int i = 0; i < n; i++) {
            out.add(p);
            p = p.previous();
        }
        return out;
    }

    /** {@code 2026-11}, {@code 2026-Q4}, {@code 2026}: the same in every language. */
    public String label() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
        };
    }
}
