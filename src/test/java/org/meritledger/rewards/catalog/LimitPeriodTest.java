package org.meritledger.rewards.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Limits count in calendar periods; the windows' edges are where a wrong limit would show. */
class LimitPeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void monthsQuartersAndYearsAreCalendarPeriods() {
        assertEquals(
                new LimitPeriod.Window(d("2026-02-01"), d("2026-03-01")),
                LimitPeriod.MONTH.windowContaining(d("2026-02-28")));
        assertEquals(
                new LimitPeriod.Window(d("2026-10-01"), d("2027-01-01")),
                LimitPeriod.QUARTER.windowContaining(d("2026-12-31")));
        assertEquals(
                new LimitPeriod.Window(d("2026-04-01"), d("2026-07-01")),
                LimitPeriod.QUARTER.windowContaining(d("2026-04-01")));
        assertEquals(
                new LimitPeriod.Window(d("2026-01-01"), d("2027-01-01")),
                LimitPeriod.YEAR.windowContaining(d("2026-07-15")));
    }

    @Test
    void aWindowIncludesItsFirstDayAndExcludesItsEnd() {
        LimitPeriod.Window w = LimitPeriod.QUARTER.windowContaining(d("2026-05-10"));
        assertTrue(w.contains(d("2026-04-01")));
        assertTrue(w.contains(d("2026-06-30")));
        assertFalse(w.contains(d("2026-07-01")));
        assertFalse(w.contains(d("2026-03-31")));
    }

    @Test
    void everyDayOfALeapYearFallsInTheWindowThatContainsIt() {
        for (LimitPeriod p : LimitPeriod.values()) {
            for (LocalDate day = d("2028-01-01"); day.isBefore(d("2029-01-01")); day = day.plusDays(1)) {
                assertTrue(p.windowContaining(day).contains(day), p + " " + day);
            }
        }
    }
}
