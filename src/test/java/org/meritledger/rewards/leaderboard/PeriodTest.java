package org.meritledger.rewards.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aMonthRunsFromItsFirstDayToTheNextMonthsAcrossTheYearEnd() {
        Period dec = Period.containing(Period.Kind.MONTH, LocalDate.of(2026, 12, 31));
        assertEquals(LocalDate.of(2026, 12, 1), dec.start());
        assertEquals(LocalDate.of(2027, 1, 1), dec.end());
        assertEquals("2026-12", dec.label());
        assertEquals(LocalDate.of(2026, 11, 1), dec.previous().start());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), dec.to(ZoneOffset.UTC));
        Period jan = Period.containing(Period.Kind.MONTH, LocalDate.of(2027, 1, 1));
        assertEquals(dec, jan.previous(), "January's previous month is last December");
    }

    @Test
    void februaryOfALeapYearAndQuarters() {
        Period feb = Period.containing(Period.Kind.MONTH, LocalDate.of(2028, 2, 29));
        assertEquals(LocalDate.of(2028, 3, 1), feb.end());
        Period q = Period.containing(Period.Kind.QUARTER, LocalDate.of(2026, 11, 21));
        assertEquals(LocalDate.of(2026, 10, 1), q.start());
        assertEquals(LocalDate.of(2027, 1, 1), q.end());
        assertEquals("2026-Q4", q.label());
        assertEquals("2026-Q3", q.previous().label());
        assertEquals(
                "2025-Q4",
                Period.containing(Period.Kind.QUARTER, LocalDate.of(2026, 1, 5))
                        .previous()
                        .label());
        Period y = Period.containing(Period.Kind.YEAR, LocalDate.of(2026, 6, 30));
        assertEquals(LocalDate.of(2026, 1, 1), y.start());
        assertEquals("2025", y.previous().label());
    }

    @Test
    void aPeriodMustStartAtItsStart() {
        assertThrows(IllegalArgumentException.class, () -> new Period(Period.Kind.MONTH, LocalDate.of(2026, 11, 2)));
        assertThrows(IllegalArgumentException.class, () -> new Period(Period.Kind.QUARTER, LocalDate.of(2026, 11, 1)));
    }

    @Test
    void recentPeriodsAreNewestFirstWithoutGaps() {
        List<Period> months = Period.recent(Period.Kind.MONTH, LocalDate.of(2026, 2, 10), 3);
        assertEquals(
                List.of("2026-02", "2026-01", "2025-12"),
                months.stream().map(Period::label).toList());
        for (int i = 1; i < months.size(); i++) {
            assertEquals(months.get(i).end(), months.get(i - 1).start());
        }
    }
}
