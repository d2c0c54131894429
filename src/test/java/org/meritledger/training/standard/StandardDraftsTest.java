package org.meritledger.training.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.base.InvalidInputException;

/** Revising a standard: drafts round-trip, thresholds are checked with specific messages, changes are listed. */
class StandardDraftsTest {

    private static List<String> refused(Standard current, StandardDraft d) {
        return assertThrows(InvalidInputException.class, () -> StandardDrafts.build(current, d)).problems().stream()
                .map(p -> p.field() + ":" + p.messageKey())
                .toList();
    }

    @Test
    void everyShippedStandardRoundTripsThroughItsDraft() {
        for (Standard s : StandardCatalog.SHIPPED.values()) {
            assertEquals(s, StandardDrafts.build(s, StandardDrafts.of(s)));
        }
    }

    @Test
    void marksmanshipTiersMustRiseStrictlyAndStayWithinTheTargets() {
        Standard rifle = MarksmanshipStandard.rifleQualification();
        assertEquals(
                new MarksmanshipStandard(40, 38, 30, 23),
                StandardDrafts.build(rifle, new StandardDraft(40, 38, 30, 23, null, null, null, null)));
        assertEquals(
                List.of("sharpshooterMin:validation.standard.tier.order"),
                refused(rifle, new StandardDraft(40, 30, 30, 23, null, null, null, null)));
        assertEquals(
                List.of("expertMin:validation.standard.tier.aboveMax"),
                refused(rifle, new StandardDraft(40, 41, 30, 23, null, null, null, null)));
        assertEquals(
                List.of("marksmanMin:validation.standard.range", "maxHits:validation.required").stream()
                        .sorted()
                        .toList(),
                refused(rifle, new StandardDraft(null, 36, 30, 0, null, null, null, null)).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void fitnessTablesMustParseRunBestToWorstAndStayInRange() {
        FitnessStandard pft = FitnessStandard.physicalFitnessTest();
        StandardDraft d = StandardDrafts.of(pft);
        Map<String, String> tables = new HashMap<>(d.tables());
        tables.put("run3km", "11:30 = 100\n13:00 = 80\n19:00 = 10");
        Standard revised = StandardDrafts.build(pft, new StandardDraft(null, null, null, null, tables, 60, 190, null));
        FitnessStandard f = (FitnessStandard) revised;
        assertEquals(100, f.events().get(2).points(11 * 60 + 30));
        assertEquals(80, f.events().get(2).points(12 * 60));

        tables.put("run3km", "13:00 = 80\n11:30 = 100");
        tables.put("pushUps", "71 = 100\nabc");
        tables.put("sitUps", "500 = 100");
        assertEquals(
                List.of(
                        "table.pushUps:validation.standard.table.line",
                        "table.sitUps:validation.standard.table.range",
                        "table.run3km:validation.standard.table.order"),
                refused(pft, new StandardDraft(null, null, null, null, tables, 60, 180, null)));

        Map<String, String> lower = new HashMap<>(d.tables());
        lower.put("pushUps", "50 = 80\n30 = 50");
        assertEquals(
                List.of("passTotal:validation.standard.passTotal.unreachable"),
                refused(pft, new StandardDraft(null, null, null, null, lower, 60, 290, null)));
        Map<String, String> weak = new HashMap<>(d.tables());
        weak.put("sitUps", "70 = 50\n20 = 10");
        assertEquals(
                List.of("minPointsPerEvent:validation.standard.minPoints.unreachable"),
                refused(pft, new StandardDraft(null, null, null, null, weak, 60, 180, null)));
        weak.put("sitUps", " \n");
        assertEquals(
                List.of("table.sitUps:validation.standard.table.empty"),
                refused(pft, new StandardDraft(null, null, null, null, weak, 60, 180, null)));
    }

    @Test
    void drillRevisesOnlyTheRemarksLimit() {
        assertEquals(
                new DrillStandard(500),
                StandardDrafts.build(
                        DrillStandard.tacticalDrill(),
                        new StandardDraft(null, null, null, null, null, null, null, 500)));
        assertEquals(
                List.of("maxRemarks:validation.standard.range"),
                refused(
                        DrillStandard.tacticalDrill(),
                        new StandardDraft(null, null, null, null, null, null, null, 5000)));
    }

    @Test
    void changesNameEachFieldWithItsOldAndNewValue() {
        List<StandardDrafts.Change> changes = StandardDrafts.changes(
                MarksmanshipStandard.rifleQualification(), new MarksmanshipStandard(40, 38, 31, 23));
        assertEquals(
                List.of(
                        new StandardDrafts.Change("expertMin", "36", "38"),
                        new StandardDrafts.Change("sharpshooterMin", "30", "31")),
                changes);
    }
}
