package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.rewards.rules.AwardRuleService;
import org.meritledger.rewards.rules.RuleDraft;
import org.meritledger.rewards.rules.RuleRow;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.standard.Attendance;

/**
 * Automatic award rules on the real stack (H2 or PostgreSQL), with the three shipped rules
 * seeded at start-up: a sign-off fires them in its own transaction (and a sign-off that fails
 * leaves no award), a correction that changes the tier reverses or awards, full verification
 * replays the rules and agrees, an edited rule award is found at its entry, and only
 * administrators define rules. Each test uses a platoon of its own under Alpha company (a.cdr),
 * so no soldier has history from other tests.
 */
@ExtendWith(ArquillianExtension.class)
class AwardRulesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, FailingLedgerAppend.class, Tamper.class);
    }

    @Inject
    AwardRuleService rules;

    @Inject
    SessionService sessions;

    @Inject
    CorrectionService corrections;

    @Inject
    SoldierService soldiers;

    @Inject
    UnitService units;

    @Inject
    LedgerVerification verification;

    @Inject
    IntegrityGuard guard;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private Tamper db() {
        return new Tamper(dataSource);
    }

    private record Platoon(long unitId, List<SoldierRow> soldiers) {}

    private Platoon platoon(int size) {
        UnitNode coy = TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals("A-COY"))
                .findFirst()
                .orElseThrow();
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UnitNode pl = TestCallers.as("admin", () -> units.create(new UnitDraft("R-" + tag, "Rules " + tag, coy.id())));
        List<SoldierRow> out = new java.util.ArrayList<>();
        for (int i = 0; i < size; i++) {
            String sn = "MR-R" + tag + i;
            out.add(TestCallers.as(
                    "admin", () -> soldiers.create(new SoldierDraft(sn, "Rule", "Test", Rank.PVT, pl.id(), null))));
        }
        return new Platoon(pl.id(), out);
    }

    /** A rifle session of the platoon with these hits per soldier (in order), as a draft. */
    private long rifleDraft(Platoon p, int... hits) {
        long rifle = TestCallers.as("a.cdr", () -> sessions.standards()).stream()
                .filter(s -> s.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow()
                .id();
        long id = TestCallers.as(
                "a.cdr",
                () -> sessions.create(new SessionDraft(
                        rifle, p.unitId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 2", "CPT Rules")));
        List<SessionService.LineInput> lines = new java.util.ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            lines.add(new SessionService.LineInput(
                    p.soldiers().get(i).id(), Attendance.PRESENT, Map.of("hits", String.valueOf(hits[i]))));
        }
        TestCallers.as("a.cdr", () -> sessions.saveDraft(id, lines));
        return id;
    }

    private long balance(long soldierId) throws Exception {
        return db().scalar("select coalesce(sum(amount), 0) from reward_movement where soldier_id = ?", soldierId);
    }

    private long ruleMovements(long soldierId, String kind) throws Exception {
        return db().scalar(
                        "select count(*) from reward_movement where soldier_id = ? and kind = '" + kind
                                + "' and reference like 'rule:%'",
                        soldierId);
    }

    private long resultOf(long sessionId, long soldierId) throws Exception {
        return db().scalar(
                        "select id from training_result where session_id = " + sessionId + " and soldier_id = ?",
                        soldierId);
    }

    @Test
    void theShippedRulesAreOnTheLedgerAndOnlyAdministratorsDefineRules() throws Exception {
        List<RuleRow> list = TestCallers.as("auditor", () -> rules.list());
        assertTrue(list.stream().anyMatch(r -> r.name().equals("Rifle qualification at Expert") && r.amount() == 10));
        assertTrue(list.stream()
                .anyMatch(r -> r.condition() == Condition.FIRST_TIER_AT_LEAST && "SHARPSHOOTER".equals(r.tier())));
        assertTrue(list.stream().anyMatch(r -> r.condition() == Condition.CONSECUTIVE_PASSES && r.count() == 3));
        assertTrue(db().scalar("select count(*) from ledger_entry where entry_type = ?", "rewards.rule.version") >= 3);

        RuleDraft pass =
                new RuleDraft("Drill pass", "tactical-drill", Condition.PASS, null, null, "5", null, null, null);
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("a.cdr", () -> rules.create(pass)));
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("auditor", () -> rules.create(pass)));
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("a.cdr", () -> rules.list()));
        long before = db().scalar("select count(*) from reward_rule_version");
        InvalidInputException bad = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> rules.create(new RuleDraft(
                                "", "no-such-standard", Condition.PASS, null, null, "0", null, null, null))));
        assertEquals(
                List.of("name", "standardCode", "amount"),
                bad.problems().stream()
                        .map(InvalidInputException.Problem::field)
                        .toList());
        assertEquals(before, db().scalar("select count(*) from reward_rule_version"), "nothing written");
    }

    @Test
    void signOffFiresTheRulesInItsTransactionAndAFailedSignOffLeavesNoAward() throws Exception {
        Platoon p = platoon(2);
        long expert = p.soldiers().get(0).id();
        long marksman = p.soldiers().get(1).id();

        // results, session entry, then the first rule award: make that fourth append fail
        long failing = rifleDraft(p, 38, 25);
        assertThrows(
                RuntimeException.class,
                () -> FailingLedgerAppend.failingAt(4, () -> TestCallers.as("a.cdr", () -> sessions.signOff(failing))));
        assertEquals(
                SessionState.DRAFT,
                TestCallers.as("a.cdr", () -> sessions.detail(failing))
                        .summary()
                        .state(),
                "the sign-off rolled back with the award");
        assertEquals(0, balance(expert));

        TestCallers.as("a.cdr", () -> sessions.signOff(failing));
        assertEquals(30, balance(expert), "Expert (10) and first Sharpshooter or better (20)");
        assertEquals(2, ruleMovements(expert, "RULE_AWARD"));
        assertEquals(0, balance(marksman));
        String ref = db().text("select reference from reward_movement where soldier_id = ? and amount = 10", expert);
        long resultEntry = db().scalar("select ledger_seq from training_result where soldier_id = ?", expert);
        assertTrue(ref.endsWith("/entry:" + resultEntry), ref + " names the result's entry " + resultEntry);

        // a second Expert earns the Expert rule again, but not the "first time" one
        long again = rifleDraft(p, 37, 24);
        TestCallers.as("a.cdr", () -> sessions.signOff(again));
        assertEquals(40, balance(expert));
        VerificationReport report = verification.verifyFull();
        assertTrue(report.ok(), () -> "the replay agrees: " + report);
    }

    @Test
    void aCorrectionThatChangesTheTierAwardsOrReverses() throws Exception {
        Platoon p = platoon(2);
        long first = p.soldiers().get(0).id();
        long second = p.soldiers().get(1).id();
        long session = rifleDraft(p, 36, 25);
        TestCallers.as("a.cdr", () -> sessions.signOff(session));
        assertEquals(30, balance(first));
        assertEquals(0, balance(second));

        // MARKSMAN -> EXPERT: waits for a second person; on approval both rules award
        long secondResult = resultOf(session, second);
        long firstResult = resultOf(session, first);
        long up = TestCallers.as(
                "a.cdr",
                () -> corrections.correct(
                        secondResult, Attendance.PRESENT, Map.of("hits", "39"), "Two hits not counted"));
        assertEquals(0, balance(second), "pending: nothing yet");
        TestCallers.as("admin", () -> corrections.approve(up));
        assertEquals(30, balance(second));

        // EXPERT -> MARKSMAN: both awards are reversed by linked movements
        long down = TestCallers.as(
                "a.cdr",
                () -> corrections.correct(firstResult, Attendance.PRESENT, Map.of("hits", "24"), "Wrong lane"));
        TestCallers.as("admin", () -> corrections.approve(down));
        assertEquals(0, balance(first));
        assertEquals(2, ruleMovements(first, "REVERSAL"));
        VerificationReport report = verification.verifyFull();
        assertTrue(report.ok(), () -> "the replay agrees after corrections: " + report);
    }

    @Test
    void anEditedRuleAwardIsFoundAtItsEntryAndHoldsTheLedger() throws Exception {
        Platoon p = platoon(1);
        long session = rifleDraft(p, 40);
        TestCallers.as("a.cdr", () -> sessions.signOff(session));
        long soldier = p.soldiers().get(0).id();
        long movement = db().scalar(
                        "select max(id) from reward_movement where soldier_id = ? and kind = 'RULE_AWARD'", soldier);
        long entry = db().scalar("select max(seq) from ledger_entry where subject = ?", "reward-movement:" + movement);
        Tamper t = db();
        try {
            t.sql(
                    "update reward_movement set amount = amount + 90 where id = " + movement,
                    "update reward_balance set balance = balance + 90 where soldier_id = " + soldier);
            VerificationReport r = verification.verifyFull();
            assertFalse(r.ok());
            assertEquals(entry, r.failure().sequence(), r::toString);
            assertTrue(guard.isHeld());
        } finally {
            t.sql(
                    "update reward_movement set amount = amount - 90 where id = " + movement,
                    "update reward_balance set balance = balance - 90 where soldier_id = " + soldier);
        }
        assertTrue(verification.verifyFull().ok());
        assertFalse(guard.isHeld());
    }
}
