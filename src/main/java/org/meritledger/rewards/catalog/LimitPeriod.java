package org.meritledger.rewards.catalog;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar period a per-soldier limit counts in. Periods are calendar ones (not rolling), so
 * a soldier can tell when a limit starts afresh: the first of the month, of the quarter, of the
 * year.
 */
public enum LimitPeriod {
    MONTH,
    QUARTER,
    YEAR;

    /** The period that contains {@code day}: first day included, {@code end} excluded. */
    public Window windowContaining(LocalDate day) {
        LocalDate start = switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> day.with(TemporalAdjusters.firstDayOfYear());
        };
        LocalDate end = switch (this) {
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return new Window(start, end);
    }

    /** From {@code start} (included) to {@code end} (excluded). */
    public record Window(LocalDate start, LocalDate end) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && day.isBefore(end);
        }
    }
}
