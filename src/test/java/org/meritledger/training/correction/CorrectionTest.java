package org.meritledger.training.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.DrillStandard;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Tier;

/** The rules of one correction: who approves it, when it takes effect, what it needs. */
class CorrectionTest {

    private final MarksmanshipStandard rifle = MarksmanshipStandard.rifleQualification();

    @Test
    void tierChangingCorrectionWaitsForASecondPersonAndNeverItsAuthor() {
        Grade original = rifle.grade(Map.of("hits", "29"));
        Correction c = new Correction(original, rifle.grade(Map.of("hits", "31")), "Target 12 miscounted", 7);
        assertEquals(Correction.Status.PENDING_APPROVAL, c.status());
        assertEquals(
                "training.correction.ownApproval",
                assertThrows(TrainingRuleException.class, () -> c.approve(7, true))
                        .messageKey());
        assertEquals(
                "training.correction.approverOutOfChain",
                assertThrows(TrainingRuleException.class, () -> c.approve(8, false))
                        .messageKey());
        assertEquals(Correction.Status.PENDING_APPROVAL, c.status());
        c.approve(8, true);
        assertEquals(Correction.Status.EFFECTIVE, c.status());
        assertEquals(Tier.SHARPSHOOTER, c.corrected().tier());
        assertEquals(8L, c.decidedBy());
        assertEquals(Tier.MARKSMAN, c.original().tier());
        assertThrows(TrainingRuleException.class, () -> c.reject(9, true));
    }

    @Test
    void correctionWithinTheSameTierTakesEffectAtOnce() {
        Correction c =
                new Correction(rifle.grade(Map.of("hits", "31")), rifle.grade(Map.of("hits", "33")), "Recount", 7);
        assertEquals(Correction.Status.EFFECTIVE, c.status());
        assertEquals(
                "training.correction.notPending",
                assertThrows(TrainingRuleException.class, () -> c.approve(8, true))
                        .messageKey());
    }

    @Test
    void passFailChangeCountsWhereThereAreNoTiers() {
        DrillStandard drill = DrillStandard.tacticalDrill();
        Grade failed = drill.grade(Map.of("verdict", "fail", "remarks", "late"));
        assertEquals(
                Correction.Status.PENDING_APPROVAL,
                new Correction(failed, drill.grade(Map.of("verdict", "pass")), "Video review", 1).status());
    }

    @Test
    void aCorrectionNeedsAReasonAndAValidScore() {
        Grade g = rifle.grade(Map.of("hits", "30"));
        assertEquals(
                "training.correction.reasonRequired",
                assertThrows(TrainingRuleException.class, () -> new Correction(g, g, " ", 1))
                        .messageKey());
        assertEquals(
                "training.correction.invalidScore",
                assertThrows(
                                TrainingRuleException.class,
                                () -> new Correction(g, rifle.grade(Map.of("hits", "99")), "typo", 1))
                        .messageKey());
    }
}
