package org.meritledger.training.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.jcs.Jcs;

class StandardCodecTest {

    @Test
    void everyShippedStandardRoundTripsThroughCanonicalJson() {
        for (Standard s : new Standard[] {
            MarksmanshipStandard.rifleQualification(),
            FitnessStandard.physicalFitnessTest(),
            DrillStandard.tacticalDrill()
        }) {
            String json = StandardCodec.toJson(s);
            assertEquals(json, Jcs.recanonicalize(json), "canonical");
            assertEquals(s, StandardCodec.fromJson(json));
            assertEquals(json, StandardCodec.toJson(StandardCodec.fromJson(json)));
        }
    }

    @Test
    void rifleJsonIsStable() {
        // Known answer: a standard's text must not change between releases, or old ledger entries would
        // no longer match the rules they record.
        assertEquals(
                "{\"expertMin\":36,\"kind\":\"MARKSMANSHIP\",\"marksmanMin\":23,\"maxHits\":40,\"sharpshooterMin\":30}",
                StandardCodec.toJson(MarksmanshipStandard.rifleQualification()));
    }

    @Test
    void replayedRulesGradeTheSame() {
        Standard replayed = StandardCodec.fromJson(StandardCodec.toJson(FitnessStandard.physicalFitnessTest()));
        Map<String, String> raw = Map.of("pushUps", "35", "sitUps", "47", "run3km", "15:00");
        assertEquals(FitnessStandard.physicalFitnessTest().grade(raw), replayed.grade(raw));
    }

    @Test
    void brokenDefinitionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> StandardCodec.fromJson("[]"));
        assertThrows(IllegalArgumentException.class, () -> StandardCodec.fromJson("{\"kind\":\"MARKSMANSHIP\"}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> StandardCodec.fromJson(
                        "{\"kind\":\"MARKSMANSHIP\",\"maxHits\":40,\"expertMin\":20,\"sharpshooterMin\":30,\"marksmanMin\":23}"));
    }
}
