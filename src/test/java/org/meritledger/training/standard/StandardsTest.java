package org.meritledger.training.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardsTest {

    private final MarksmanshipStandard rifle = MarksmanshipStandard.rifleQualification();
    private final FitnessStandard pft = FitnessStandard.physicalFitnessTest();
    private final DrillStandard drill = DrillStandard.tacticalDrill();

    private static Map<String, String> hits(String v) {
        return Map.of(MarksmanshipStandard.HITS, v);
    }

    @ParameterizedTest(name = "{0} hits -> {1}")
    @CsvSource({
        "0,UNQUALIFIED",
        "22,UNQUALIFIED",
        "23,MARKSMAN",
        "29,MARKSMAN",
        "30,SHARPSHOOTER",
        "35,SHARPSHOOTER",
        "36,EXPERT",
        "40,EXPERT"
    })
    void rifleTierBoundaries(String value, Tier expected) {
        Grade g = rifle.grade(hits(value));
        assertTrue(g.valid());
        assertEquals(expected, g.tier());
        assertEquals(expected != Tier.UNQUALIFIED, g.passed());
    }

    @Test
    void rifleRejectsWhatIsNotAScore() {
        assertEquals(
                List.of(new ScoreProblem("hits", "training.score.range", 0, 40)),
                rifle.grade(hits("41")).problems());
        for (String bad : new String[] {"-1", "36.0", "+36", "abc", "36 hits", "1e1"}) {
            Grade g = rifle.grade(hits(bad));
            assertFalse(g.valid(), bad);
            assertEquals("training.score.notWholeNumber", g.problems().get(0).messageKey(), bad);
        }
        assertEquals(
                "training.score.required",
                rifle.grade(hits(" ")).problems().get(0).messageKey());
        assertEquals(
                "training.score.required",
                rifle.grade(Map.of()).problems().get(0).messageKey());
    }

    @Test
    void thresholdsMustBeOrdered() {
        assertThrows(IllegalArgumentException.class, () -> new MarksmanshipStandard(40, 30, 35, 23));
        assertThrows(IllegalArgumentException.class, () -> new MarksmanshipStandard(40, 41, 30, 23));
        assertThrows(IllegalArgumentException.class, () -> new MarksmanshipStandard(40, 36, 30, 0));
    }

    @ParameterizedTest(name = "push-ups {0} -> {1} points")
    @CsvSource({"0,0", "9,0", "10,10", "34,50", "35,60", "41,60", "42,70", "70,90", "71,100", "200,100"})
    void pushUpTable(int reps, int points) {
        assertEquals(points, pft.events().get(0).points(reps));
    }

    @ParameterizedTest(name = "3 km in {0} -> {1} points")
    @CsvSource({"5:00,100", "11:00,100", "11:01,90", "15:00,60", "15:01,50", "19:00,10", "19:01,0", "45:00,0"})
    void runTableLowerIsBetter(String time, int points) {
        Grade g = pft.grade(Map.of("pushUps", "71", "sitUps", "78", "run3km", time));
        assertTrue(g.valid(), g.problems().toString());
        assertEquals(points, g.eventPoints().get("run3km"));
    }

    @Test
    void fitnessPassNeedsEveryEventAndTheTotal() {
        // 60 + 60 + 60 = 180: exactly the pass mark, every event at its minimum
        Grade atMinimum = pft.grade(Map.of("pushUps", "35", "sitUps", "47", "run3km", "15:00"));
        assertTrue(atMinimum.passed());
        assertEquals(180, atMinimum.totalPoints());
        // 100 + 100 + 50: a high total does not make up for one event below its minimum
        Grade oneWeak = pft.grade(Map.of("pushUps", "80", "sitUps", "80", "run3km", "15:30"));
        assertEquals(250, oneWeak.totalPoints());
        assertFalse(oneWeak.passed());
        // every event at its minimum but a higher total required: fails on the total alone
        FitnessStandard strict = new FitnessStandard(pft.events(), 60, 200);
        assertFalse(strict.grade(Map.of("pushUps", "35", "sitUps", "47", "run3km", "15:00"))
                .passed());
    }

    @Test
    void fitnessReportsEveryBadEvent() {
        Grade g = pft.grade(Map.of("pushUps", "201", "run3km", "15.30"));
        assertFalse(g.valid());
        assertEquals(
                List.of(
                        "pushUps:training.score.range",
                        "sitUps:training.score.required",
                        "run3km:training.score.notDuration"),
                g.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        assertEquals(
                "training.score.durationRange",
                pft.grade(Map.of("pushUps", "1", "sitUps", "1", "run3km", "4:59"))
                        .problems()
                        .get(0)
                        .messageKey());
    }

    @Test
    void drillVerdictAndRemarks() {
        assertTrue(drill.grade(Map.of("verdict", "PASS")).passed());
        Grade failWithoutReason = drill.grade(Map.of("verdict", "fail"));
        assertEquals(
                "training.drill.remarksOnFail",
                failWithoutReason.problems().get(0).messageKey());
        Grade failed = drill.grade(Map.of("verdict", "Fail", "remarks", "Sector of fire not covered"));
        assertTrue(failed.valid());
        assertFalse(failed.passed());
        assertEquals(
                "training.drill.verdict",
                drill.grade(Map.of("verdict", "maybe")).problems().get(0).messageKey());
        assertEquals(
                "validation.tooLong",
                drill.grade(Map.of("verdict", "pass", "remarks", "x".repeat(1001)))
                        .problems()
                        .get(0)
                        .messageKey());
    }
}
