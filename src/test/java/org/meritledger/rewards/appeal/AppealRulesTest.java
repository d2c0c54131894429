package org.meritledger.rewards.appeal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meritledger.rewards.movement.MovementKind;

class AppealRulesTest {

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Duration WINDOW = Duration.ofDays(14);

    @Test
    void aDeductionMayBeAppealedOnceWithinTheWindow() {
        assertNull(AppealRules.fileProblem(MovementKind.DEDUCTION, false, false, AT, AT.plus(WINDOW), WINDOW));
        assertEquals(
                "validation.rewards.appeal.windowClosed",
                AppealRules.fileProblem(
                        MovementKind.DEDUCTION,
                        false,
                        false,
                        AT,
                        AT.plus(WINDOW).plusSeconds(1),
                        WINDOW));
        assertEquals(
                "validation.rewards.appeal.already",
                AppealRules.fileProblem(MovementKind.DEDUCTION, true, false, AT, AT, WINDOW));
        assertEquals(
                "validation.rewards.appeal.reversed",
                AppealRules.fileProblem(MovementKind.DEDUCTION, false, true, AT, AT, WINDOW));
        for (MovementKind k : MovementKind.values()) {
            if (k != MovementKind.DEDUCTION) {
                assertEquals(
                        "validation.rewards.appeal.notDeduction",
                        AppealRules.fileProblem(k, false, false, AT, AT, WINDOW),
                        k.name());
            }
        }
    }

    @Test
    void onlyStrictlyAboveTheDeductingCommanderOrAnAdministratorDecides() {
        // deductor 7 commands a platoon (depth 2)
        assertTrue(AppealRules.mayDecide(false, 3, 7L, 1, 2), "company commander above");
        assertFalse(AppealRules.mayDecide(false, 8, 7L, 2, 2), "another platoon leader at the same depth");
        assertFalse(AppealRules.mayDecide(false, 7, 7L, 2, 2), "the deducting commander");
        assertFalse(AppealRules.mayDecide(true, 7, 7L, null, null), "not even as an administrator");
        assertFalse(AppealRules.mayDecide(false, 9, 7L, null, 2), "a commander outside the chain");
        assertTrue(AppealRules.mayDecide(true, 1, 7L, null, 2), "an administrator");
        assertTrue(AppealRules.mayDecide(false, 3, 7L, 1, null), "the deductor no longer commands over the soldier");
    }
}
