package org.meritledger.training.mytraining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.StandardCatalog;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

class TrendsTest {

    private static MyResult rifle(long id, String when, int hits, Tier tier) {
        return new MyResult(
                id,
                Instant.parse(when),
                "rifle-qualification",
                1,
                TrainingKind.MARKSMANSHIP,
                "Range",
                Attendance.PRESENT,
                Map.of("hits", String.valueOf(hits)),
                tier.qualified(),
                tier,
                null,
                id + 100);
    }

    @Test
    void oneTrendPerTrainingTypeOldestFirstWithTheStandardsThresholds() {
        List<MyResult> newestFirst = List.of(
                new MyResult(
                        9,
                        Instant.parse("2026-10-01T08:00:00Z"),
                        "physical-fitness",
                        1,
                        TrainingKind.FITNESS,
                        "Gym",
                        Attendance.PRESENT,
                        Map.of(),
                        true,
                        null,
                        210,
                        109L),
                rifle(3, "2026-09-01T08:00:00Z", 37, Tier.EXPERT),
                new MyResult(
                        2,
                        Instant.parse("2026-06-01T08:00:00Z"),
                        "rifle-qualification",
                        1,
                        TrainingKind.MARKSMANSHIP,
                        "Range",
                        Attendance.ABSENT,
                        Map.of(),
                        null,
                        null,
                        null,
                        102L),
                rifle(1, "2026-03-01T08:00:00Z", 24, Tier.MARKSMAN));
        List<Trend> trends = Trends.of(newestFirst, code -> Optional.ofNullable(StandardCatalog.SHIPPED.get(code)));
        assertEquals(2, trends.size());
        Trend rifle = trends.get(0);
        assertEquals(TrainingKind.MARKSMANSHIP, rifle.kind());
        assertEquals(List.of(24.0, 37.0), rifle.values(), "absent results are not points on the line");
        assertEquals(
                List.of(Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-09-01T08:00:00Z")), rifle.when());
        assertEquals(
                List.of(36.0, 30.0, 23.0),
                rifle.references().stream().map(Trend.Reference::value).toList());
        assertEquals(40.0, rifle.yMax());
        Trend fitness = trends.get(1);
        assertEquals(List.of(210.0), fitness.values());
        assertEquals(List.of(new Trend.Reference("training.trend.passMark", 180)), fitness.references());
    }
}
