package org.meritledger.training.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/** The dashboard's arithmetic: requalification dates at month ends, the mix, the benchmark, monthly pass rates. */
class DashboardFiguresTest {

    @Test
    void aQualificationRunsOutOnTheSameDayMonthsLaterOrOnTheLastDayOfAShorterMonth() {
        assertEquals(LocalDate.parse("2026-11-21"), Requalification.dueOn(LocalDate.parse("2025-11-21"), 12));
        assertEquals(LocalDate.parse("2025-02-28"), Requalification.dueOn(LocalDate.parse("2025-01-31"), 1));
        assertEquals(LocalDate.parse("2024-02-29"), Requalification.dueOn(LocalDate.parse("2024-01-31"), 1));
        assertEquals(LocalDate.parse("2025-02-28"), Requalification.dueOn(LocalDate.parse("2024-02-29"), 12));
        assertTrue(
                Requalification.isDue(LocalDate.parse("2025-11-21"), LocalDate.parse("2026-11-21"), 12), "on the day");
        assertFalse(
                Requalification.isDue(LocalDate.parse("2025-11-22"), LocalDate.parse("2026-11-21"), 12), "a day early");
    }

    @Test
    void theLastDueQualificationDayCoversTheClampedMonthEnds() {
        // 28 Feb 2025: 29, 30 and 31 January have all run out (due day clamped to 28 February)
        assertEquals(
                LocalDate.parse("2025-01-31"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2025-02-28"), 1));
        // a leap year: 29 January runs out on 29 February, so on the 28th only up to the 28th
        assertEquals(
                LocalDate.parse("2024-01-28"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2024-02-28"), 1));
        assertEquals(
                LocalDate.parse("2024-01-31"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2024-02-29"), 1));
        assertEquals(
                LocalDate.parse("2026-02-28"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2026-03-31"), 1));
        assertEquals(
                LocalDate.parse("2025-11-21"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2026-11-21"), 12));
        assertEquals(
                LocalDate.parse("2025-02-28"),
                Requalification.lastDueQualificationDay(LocalDate.parse("2026-02-28"), 12));
    }

    @Test
    void theCutoffAgreesWithIsDueOnEveryDayOfThreeYears() {
        for (int months : new int[] {1, 6, 12, 13, 24}) {
            for (LocalDate today = LocalDate.parse("2024-01-01");
                    today.isBefore(LocalDate.parse("2027-01-01"));
                    today = today.plusDays(1)) {
                LocalDate cutoff = Requalification.lastDueQualificationDay(today, months);
                for (int back = -3; back <= 3; back++) {
                    LocalDate q = cutoff.plusDays(back);
                    assertEquals(
                            Requalification.isDue(q, today, months),
                            !q.isAfter(cutoff),
                            "qualified " + q + ", today " + today + ", " + months + " months");
                }
            }
        }
    }

    @Test
    void theMixCountsSoldiersWithoutAResultAndGivesShares() {
        QualificationMix mix = QualificationMix.of(Map.of(Tier.EXPERT, 2L, Tier.MARKSMAN, 3L, Tier.UNQUALIFIED, 1L), 8);
        assertEquals(8, mix.soldiers());
        assertEquals(2, mix.noResult());
        assertEquals(0, mix.count(Tier.SHARPSHOOTER));
        assertEquals(25.0, mix.percent(Tier.EXPERT));
        assertEquals(37.5, mix.percent(Tier.MARKSMAN));
        assertEquals(25.0, mix.percentNoResult());
        QualificationMix empty = QualificationMix.of(Map.of(), 0);
        assertEquals(0.0, empty.percent(Tier.EXPERT));
        assertEquals(0.0, empty.percentNoResult());
    }

    @Test
    void theBenchmarkMixMustNameEveryTierOnceAndAddUpToOneHundred() {
        BenchmarkMix d = BenchmarkMix.parse(BenchmarkMix.DEFAULT);
        assertEquals(
                100,
                d.percent(Tier.EXPERT)
                        + d.percent(Tier.SHARPSHOOTER)
                        + d.percent(Tier.MARKSMAN)
                        + d.percent(Tier.UNQUALIFIED));
        assertEquals(
                15,
                BenchmarkMix.parse(" expert = 15, SHARPSHOOTER=35 ,MARKSMAN=40,UNQUALIFIED=10")
                        .percent(Tier.EXPERT));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> BenchmarkMix.parse("EXPERT=20,SHARPSHOOTER=30," + "MARKSMAN=40,UNQUALIFIED=20"))
                .getMessage()
                .contains("add up to 110"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> BenchmarkMix.parse("EXPERT=20,SHARPSHOOTER=30," + "MARKSMAN=50"))
                .getMessage()
                .contains("lacks a share for UNQUALIFIED"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> BenchmarkMix.parse("EXPERT=20,SNIPER=30," + "MARKSMAN=40,UNQUALIFIED=10"))
                .getMessage()
                .contains("unknown tier: SNIPER"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> BenchmarkMix.parse("EXPERT=20,EXPERT=30," + "MARKSMAN=40,UNQUALIFIED=10"))
                .getMessage()
                .contains("twice"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class,
                        () -> BenchmarkMix.parse("EXPERT=x,SHARPSHOOTER=30," + "MARKSMAN=40,UNQUALIFIED=10"))
                .getMessage()
                .contains("not a whole number"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkMix.parse(""));
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingSettings("0", BenchmarkMix.DEFAULT).requalifyMonths());
        assertThrows(
                IllegalArgumentException.class,
                () -> new TrainingSettings("twelve", BenchmarkMix.DEFAULT).requalifyMonths());
        assertEquals(12, new TrainingSettings("12", BenchmarkMix.DEFAULT).requalifyMonths());
    }

    @Test
    void passRatesAreSummedPerCalendarMonthOfTheGivenZoneWithGapsForMonthsWithoutResults() {
        List<PassRates.SessionTally> tallies = List.of(
                new PassRates.SessionTally(Instant.parse("2026-01-31T23:30:00Z"), TrainingKind.MARKSMANSHIP, 10, 7),
                new PassRates.SessionTally(Instant.parse("2026-01-05T08:00:00Z"), TrainingKind.MARKSMANSHIP, 10, 9),
                new PassRates.SessionTally(Instant.parse("2026-03-01T08:00:00Z"), TrainingKind.FITNESS, 3, 1),
                new PassRates.SessionTally(Instant.parse("2025-06-01T08:00:00Z"), TrainingKind.FITNESS, 3, 3));
        PassRates utc = PassRates.of(tallies, YearMonth.parse("2026-01"), YearMonth.parse("2026-03"), ZoneOffset.UTC);
        assertEquals(
                List.of(YearMonth.parse("2026-01"), YearMonth.parse("2026-02"), YearMonth.parse("2026-03")),
                utc.months());
        assertEquals(80.0, utc.percent().get(TrainingKind.MARKSMANSHIP).get(0));
        assertNull(utc.percent().get(TrainingKind.MARKSMANSHIP).get(1), "no results that month: a gap, not 0 %");
        assertEquals(33.3, utc.percent().get(TrainingKind.FITNESS).get(2));
        assertEquals(List.of(20L, 0L, 0L), utc.graded().get(TrainingKind.MARKSMANSHIP));
        assertFalse(utc.percent().containsKey(TrainingKind.DRILL));
        // 23:30 UTC on 31 January is already February in Beijing
        PassRates beijing = PassRates.of(
                tallies, YearMonth.parse("2026-01"), YearMonth.parse("2026-03"), ZoneId.of("Asia/Shanghai"));
        assertEquals(90.0, beijing.percent().get(TrainingKind.MARKSMANSHIP).get(0));
        assertEquals(70.0, beijing.percent().get(TrainingKind.MARKSMANSHIP).get(1));
    }
}
