package org.meritledger.training.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.FitnessStandard;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Tier;

/** The demo's scores are ones the shipped standards accept, and tell a story worth showing. */
class TrainingDemoTest {

    private static final MarksmanshipStandard RIFLE = MarksmanshipStandard.rifleQualification();
    private static final FitnessStandard FITNESS = FitnessStandard.physicalFitnessTest();

    @Test
    void everyDemoRifleLineIsValidAndTheMarksmanEndsAtExpert() {
        List<Tier> last = new ArrayList<>();
        int absent = 0;
        for (int k = 0; k < TrainingDemo.RIFLE_DAYS_AGO.length; k++) {
            for (int i = 0; i < 14; i++) {
                SessionService.LineInput line = TrainingDemo.rifleLine(i, i, k);
                if (line.attendance() != Attendance.PRESENT) {
                    absent++;
                    continue;
                }
                Grade g = RIFLE.grade(line.raw());
                assertTrue(g.valid(), () -> "line " + line + ": " + g.problems());
                if (k == TrainingDemo.RIFLE_DAYS_AGO.length - 1) {
                    last.add(g.tier());
                }
            }
        }
        assertEquals(1, absent, "one soldier missed one range day");
        assertEquals(Tier.EXPERT, last.get(0), "the platoon's first soldier qualifies Expert on the latest range day");
        assertTrue(last.stream().distinct().count() >= 3, "the latest range day shows a spread of tiers: " + last);
    }

    @Test
    void everyDemoFitnessLineIsValidWithPassesAndFailures() {
        int passed = 0;
        int failed = 0;
        for (int k = 0; k < TrainingDemo.FITNESS_DAYS_AGO.length; k++) {
            for (int i = 0; i < 14; i++) {
                SessionService.LineInput line = TrainingDemo.fitnessLine(i, i, k);
                Grade g = FITNESS.grade(line.raw());
                assertTrue(g.valid(), () -> "line " + line + ": " + g.problems());
                if (g.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
        }
        assertTrue(passed > 0 && failed > 0, "passed " + passed + ", failed " + failed);
        for (int k = 0; k < TrainingDemo.FITNESS_DAYS_AGO.length; k++) {
            assertTrue(
                    FITNESS.grade(TrainingDemo.fitnessLine(0, 0, k).raw()).passed(),
                    "the first soldier passes all three tests (three consecutive passes)");
        }
    }
}
