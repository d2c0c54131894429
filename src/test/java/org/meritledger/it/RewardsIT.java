package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.OverrideRow;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.rewards.mytokens.MyTokensService;
import org.meritledger.rewards.mytokens.TokenLine;

/**
 * Reward tokens on the real stack (H2 or PostgreSQL): who may award and deduct whom, amounts
 * refused with their own message and nothing written, the budget's last tokens taken by exactly
 * one of two simultaneous awards, the appeal rules, and tampering with movements and the balance
 * cache found by verification, pinpointed and holding the ledger. Awards go to soldiers created
 * at Alpha company headquarters (commanded by a.cdr), so platoon figures other tests use stay as
 * they are; appeals use demo soldiers, who have accounts.
 */
@ExtendWith(ArquillianExtension.class)
class RewardsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class, ShiftedClock.class);
    }

    @Inject
    AwardService awards;

    @Inject
    BudgetService budgets;

    @Inject
    AppealService appeals;

    @Inject
    CategoryService categories;

    @Inject
    MyTokensService tokens;

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

    @Resource
    ManagedExecutorService executor;

    private UnitNode unit(String code) {
        return TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private SoldierRow newAlphaSoldier() {
        String sn = "MR-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return TestCallers.as(
                "admin",
                () -> soldiers.create(new SoldierDraft(
                        sn, "Token", "Test", Rank.PVT, unit("A-COY").id(), null)));
    }

    private long soldierId(String serviceNumber) {
        return TestCallers.as(
                        "admin",
                        () -> soldiers.page(
                                new org.meritledger.personnel.SoldierFilter(serviceNumber, null, null),
                                org.meritledger.base.PageRequest.of(0, 5)))
                .stream()
                .filter(s -> s.serviceNumber().equals(serviceNumber))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long category(String code) {
        return TestCallers.as("admin", () -> categories.list(null, false)).stream()
                .filter(c -> c.code().equals(code))
                .map(CategoryRow::id)
                .findFirst()
                .orElseThrow();
    }

    private long balance(String user, long soldierId) {
        return TestCallers.as(user, () -> tokens.summary(soldierId)).balance();
    }

    private long scalar(String sql, Object... args) throws Exception {
        return new Tamper(dataSource).scalar(sql, args);
    }

    private long ledgerSize() throws Exception {
        return scalar("select count(*) from ledger_entry");
    }

    private OverrideRow budgetOf(String username) {
        return TestCallers.as("admin", () -> budgets.commanders()).stream()
                .filter(r -> r.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    /** Gives a.cdr exactly {@code n} tokens left this month, by an override set to what is used plus n. */
    private void leaveAlphaCommander(long n) {
        OverrideRow r = budgetOf("a.cdr");
        long own = Math.max(0, r.figures().used() - r.figures().toppedUp() + n);
        TestCallers.as("admin", () -> budgets.setOverride(r.accountId(), String.valueOf(own)));
        assertEquals(n, budgetOf("a.cdr").figures().remaining());
    }

    private static String problemKey(InvalidInputException e) {
        return e.problems().get(0).messageKey();
    }

    @Test
    void aCommanderAwardsManySoldiersAtOnceAndDeductsBelowZeroOnTheLedger() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s1 = newAlphaSoldier();
        SoldierRow s2 = newAlphaSoldier();
        long before = scalar("select count(*) from ledger_entry where entry_type = ?", "rewards.movement.award");
        List<RecordedMovement> done = TestCallers.as(
                "a.cdr",
                () -> awards.award(
                        new MovementDraft(List.of(s1.id(), s2.id()), "7", category("teamwork"), "Bridge drill")));
        assertEquals(2, done.size());
        assertEquals(
                before + 2, scalar("select count(*) from ledger_entry where entry_type = ?", "rewards.movement.award"));
        assertEquals(7, balance("a.cdr", s1.id()));
        assertEquals(7, balance("auditor", s2.id()), "auditors read every balance");
        assertEquals(986, budgetOf("a.cdr").figures().remaining(), "the award took 2 x 7 from 1000");

        // deductions need no budget and may take the balance below zero
        leaveAlphaCommander(0);
        TestCallers.as(
                "a.cdr",
                () -> awards.deduct(
                        new MovementDraft(List.of(s1.id()), "10", category("misconduct"), "Asleep on guard")));
        assertEquals(-3, balance("a.cdr", s1.id()));
        List<TokenLine> history = TestCallers.as("a.cdr", () -> tokens.history(s1.id(), null, 0, 10));
        assertEquals(
                List.of(MovementKind.DEDUCTION, MovementKind.AWARD),
                history.stream().map(TokenLine::kind).toList());
        for (TokenLine l : history) {
            long seq = scalar("select min(seq) from ledger_entry where subject = ?", "reward-movement:" + l.id());
            assertEquals(seq, l.ledgerSeq(), "each row names its ledger entry");
        }
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void onlyCommandersOfTheSoldiersUnitMayAwardAndNeverThemselves() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow alpha = newAlphaSoldier();
        long bravo = soldierId("MR-100040");
        long size = ledgerSize();
        long teamwork = category("teamwork");
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "a.cdr", () -> awards.award(new MovementDraft(List.of(alpha.id(), bravo), "5", teamwork, "x"))),
                "one soldier of another company spoils the whole award");
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "a1.ldr", () -> awards.award(new MovementDraft(List.of(alpha.id()), "5", teamwork, "x"))),
                "a platoon leader does not command company headquarters");
        for (String user : List.of("mr-100005", "auditor", "admin")) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> TestCallers.as(
                            user, () -> awards.award(new MovementDraft(List.of(alpha.id()), "5", teamwork, "x"))),
                    user + " is no commander");
        }
        long self = soldierId("MR-100001"); // a.cdr's own soldier record
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "a.cdr", () -> awards.award(new MovementDraft(List.of(self), "5", teamwork, "x"))));
        assertEquals(size, ledgerSize(), "nothing was written");
        assertEquals(0, balance("admin", alpha.id()));
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as("b.cdr", () -> tokens.summary(alpha.id())),
                "another company's commander cannot even read the balance");
    }

    @Test
    void badAmountsAndMissingFieldsAreRefusedWithTheirOwnMessageAndNothingChanges() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s = newAlphaSoldier();
        long teamwork = category("teamwork");
        long size = ledgerSize();
        long rows = scalar("select count(*) from reward_movement");
        Map<String, String> cases = Map.of(
                "0", "validation.rewards.amount.tooSmall",
                "-5", "validation.rewards.amount.tooSmall",
                "2.5", "validation.rewards.amount.notWhole",
                "ten", "validation.rewards.amount.notNumber",
                "", "validation.rewards.amount.required",
                "101", "validation.rewards.amount.tooLarge",
                "99999999999999999999999", "validation.rewards.amount.tooLarge");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> TestCallers.as(
                            "a.cdr",
                            () -> awards.award(new MovementDraft(List.of(s.id()), c.getKey(), teamwork, "Reason"))),
                    c.getKey());
            assertEquals("amount", e.problems().get(0).field(), c.getKey());
            assertEquals(c.getValue(), problemKey(e), c.getKey());
        }
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> awards.deduct(new MovementDraft(List.of(s.id()), "3", category("negligence"), " "))));
        assertEquals("reason", noReason.problems().get(0).field());
        InvalidInputException wrongKind = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "a.cdr", () -> awards.deduct(new MovementDraft(List.of(s.id()), "3", teamwork, "Reason"))));
        assertEquals("validation.rewards.category.unusable", problemKey(wrongKind), "teamwork is for awards");
        InvalidInputException none = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "a.cdr", () -> awards.award(new MovementDraft(List.of(), "3", teamwork, "Reason"))));
        assertEquals("validation.rewards.soldiers.required", problemKey(none));
        assertEquals(size, ledgerSize());
        assertEquals(rows, scalar("select count(*) from reward_movement"));
    }

    @Test
    void aDischargedSoldierGetsNoNewMovementsButKeepsTheHistory() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s = newAlphaSoldier();
        TestCallers.as(
                "a.cdr",
                () -> awards.award(new MovementDraft(List.of(s.id()), "4", category("initiative"), "Found the leak")));
        TestCallers.as(
                "admin",
                () -> soldiers.update(
                        s.id(),
                        new SoldierDraft(
                                s.serviceNumber(),
                                "Token",
                                "Test",
                                Rank.PVT,
                                unit("A-COY").id(),
                                SoldierStatus.DISCHARGED)));
        long size = ledgerSize();
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> awards.award(new MovementDraft(List.of(s.id()), "4", category("initiative"), "Again"))));
        assertEquals("validation.rewards.discharged", problemKey(e));
        assertEquals(size, ledgerSize());
        assertTrue(TestCallers.as("a.cdr", () -> tokens.summary(s.id())).frozen());
        assertEquals(4, balance("a.cdr", s.id()));
        assertEquals(
                1,
                TestCallers.as("a.cdr", () -> tokens.history(s.id(), null, 0, 10))
                        .size());
    }

    @Test
    void anAwardBeyondTheBudgetIsRefusedWithWhatRemainsAndTopUpsAddToIt() throws Exception {
        SoldierRow s = newAlphaSoldier();
        long teamwork = category("teamwork");
        leaveAlphaCommander(5);
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "a.cdr", () -> awards.award(new MovementDraft(List.of(s.id()), "6", teamwork, "Reason"))));
        assertEquals("validation.rewards.budget.exceeded", problemKey(e));
        assertEquals(5L, ((Number) e.problems().get(0).args()[0]).longValue(), "the message carries what remains");
        long topups = scalar("select count(*) from ledger_entry where entry_type = ?", "rewards.budget.topup");
        long commander = budgetOf("a.cdr").accountId();
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class, () -> TestCallers.as("admin", () -> budgets.topUp(commander, "10", "")));
        assertEquals("reason", noReason.problems().get(0).field());
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("a.cdr", () -> budgets.topUp(commander, "10", "Exercise week")));
        TestCallers.as("admin", () -> budgets.topUp(commander, "10", "Exercise week"));
        assertEquals(
                topups + 1, scalar("select count(*) from ledger_entry where entry_type = ?", "rewards.budget.topup"));
        assertEquals(15, budgetOf("a.cdr").figures().remaining());
        TestCallers.as("a.cdr", () -> awards.award(new MovementDraft(List.of(s.id()), "6", teamwork, "Reason")));
        assertEquals(9, budgetOf("a.cdr").figures().remaining());
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void twoSimultaneousAwardsCannotBothTakeTheLastOfTheBudget() throws Exception {
        SoldierRow s1 = newAlphaSoldier();
        SoldierRow s2 = newAlphaSoldier();
        long teamwork = category("teamwork");
        for (int round = 0; round < 3; round++) {
            leaveAlphaCommander(10);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<String>> results = new ArrayList<>();
            for (SoldierRow s : List.of(s1, s2)) {
                results.add(executor.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        TestCallers.as(
                                "a.cdr",
                                () -> awards.award(new MovementDraft(List.of(s.id()), "10", teamwork, "Race")));
                        return "ok";
                    } catch (InvalidInputException e) {
                        return problemKey(e);
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
            assertTrue(outcomes.contains("validation.rewards.budget.exceeded"), outcomes.toString());
            assertEquals(0, budgetOf("a.cdr").figures().remaining());
        }
        assertEquals(30, balance("a.cdr", s1.id()) + balance("a.cdr", s2.id()));
        long commander = budgetOf("a.cdr").accountId();
        TestCallers.as("admin", () -> budgets.setOverride(commander, ""));
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void aDeductionIsAppealedOnceAndDecidedAboveTheDeductingCommander() throws Exception {
        long soldier = soldierId("MR-100010"); // 1st platoon, Alpha: a1.ldr, then a.cdr above
        long negligence = category("negligence");
        long deduction = TestCallers.as(
                        "a1.ldr",
                        () -> awards.deduct(new MovementDraft(List.of(soldier), "6", negligence, "Dirty rifle")))
                .get(0)
                .id();
        long balance = balance("a1.ldr", soldier);

        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as("mr-100011", () -> appeals.file(deduction, "Not mine to appeal")),
                "only the soldier appeals their own deduction");
        assertEquals(
                "validation.required",
                problemKey(assertThrows(
                        InvalidInputException.class,
                        () -> TestCallers.as("mr-100010", () -> appeals.file(deduction, "  ")))));
        assertEquals(
                "validation.rewards.appeal.windowClosed",
                problemKey(assertThrows(
                        InvalidInputException.class,
                        () -> ShiftedClock.later(
                                Duration.ofDays(15),
                                () -> TestCallers.as("mr-100010", () -> appeals.file(deduction, "Too late"))))),
                "the window is 14 days");
        long appeal = TestCallers.as("mr-100010", () -> appeals.file(deduction, "It was cleaned; inspect again."));
        assertEquals(
                "validation.rewards.appeal.already",
                problemKey(assertThrows(
                        InvalidInputException.class,
                        () -> TestCallers.as("mr-100010", () -> appeals.file(deduction, "Once more")))));
        long award = TestCallers.as(
                        "a1.ldr",
                        () -> awards.award(
                                new MovementDraft(List.of(soldier), "1", category("teamwork"), "Helped the cook")))
                .get(0)
                .id();
        assertEquals(
                "validation.rewards.appeal.notDeduction",
                problemKey(assertThrows(
                        InvalidInputException.class,
                        () -> TestCallers.as("mr-100010", () -> appeals.file(award, "More please")))));

        long size = ledgerSize();
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("a1.ldr", () -> appeals.decide(appeal, AppealState.UPHELD, "I stand by it")),
                "the deducting commander never decides");
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as("b.cdr", () -> appeals.decide(appeal, AppealState.UPHELD, "Other company")));
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("auditor", () -> appeals.decide(appeal, AppealState.UPHELD, "Read only")));
        assertEquals(
                "reason",
                assertThrows(
                                InvalidInputException.class,
                                () -> TestCallers.as("a.cdr", () -> appeals.decide(appeal, AppealState.REVERSED, "")))
                        .problems()
                        .get(0)
                        .field());
        assertEquals(size, ledgerSize(), "refused decisions write nothing");
        assertTrue(
                TestCallers.as("a.cdr", () -> appeals.queue(true, 0, 500)).stream()
                        .anyMatch(r -> r.id() == appeal && r.decidable()),
                "the company commander sees it as his to decide");

        TestCallers.as("a.cdr", () -> appeals.decide(appeal, AppealState.REVERSED, "Re-inspected: clean"));
        assertEquals(
                balance + 1 + 6, balance("a1.ldr", soldier), "the reversal restores the tokens (after the 1 awarded)");
        TokenLine line = TestCallers.as("mr-100010", () -> tokens.history(null, null, 0, 10)).stream()
                .filter(l -> l.id() == deduction)
                .findFirst()
                .orElseThrow();
        assertEquals(AppealState.REVERSED, line.appealState());
        assertEquals("Re-inspected: clean", line.appealDecision(), "the soldier sees the reason");
        assertEquals(
                deduction,
                scalar(
                        "select reverses_id from reward_movement where kind = 'REVERSAL' and reference = ?",
                        "appeal:" + appeal));
        assertEquals(
                "validation.rewards.appeal.decided",
                problemKey(assertThrows(
                        InvalidInputException.class,
                        () -> TestCallers.as("admin", () -> appeals.decide(appeal, AppealState.UPHELD, "Again")))));

        // upheld: the deduction stands, with the reason; an administrator may decide
        long second = TestCallers.as(
                        "a1.ldr", () -> awards.deduct(new MovementDraft(List.of(soldier), "2", negligence, "Late")))
                .get(0)
                .id();
        long appeal2 = TestCallers.as("mr-100010", () -> appeals.file(second, "The bus broke down."));
        TestCallers.as("admin", () -> appeals.decide(appeal2, AppealState.UPHELD, "Leave earlier"));
        TokenLine upheld = TestCallers.as("mr-100010", () -> tokens.history(null, null, 0, 10)).stream()
                .filter(l -> l.id() == second)
                .findFirst()
                .orElseThrow();
        assertEquals(AppealState.UPHELD, upheld.appealState());
        assertEquals("Leave earlier", upheld.appealDecision());
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void aMovementRowEditedInSqlIsFoundPinpointedAndHoldsTheLedger() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s = newAlphaSoldier();
        RecordedMovement m = TestCallers.as(
                        "a.cdr",
                        () -> awards.award(new MovementDraft(List.of(s.id()), "9", category("initiative"), "Idea")))
                .get(0);
        Tamper tamper = new Tamper(dataSource);
        if (tamper.postgres()) {
            try (java.sql.Connection c = dataSource.getConnection();
                    java.sql.Statement st = c.createStatement()) {
                assertThrows(
                        java.sql.SQLException.class,
                        () -> st.execute("update reward_movement set amount = 90 where id = " + m.id()),
                        "the append-only fence (V41)");
            }
        }
        try {
            // amount and balance both changed, so only the ledger can tell
            tamper.sql(
                    "update reward_movement set amount = 90 where id = " + m.id(),
                    "update reward_balance set balance = 90 where soldier_id = " + s.id());
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(m.ledgerSeq(), f.sequence());
            assertTrue(f.detail().contains("reward-movement:" + m.id()), f.detail());
            assertTrue(guard.isHeld());
            assertThrows(
                    RuntimeException.class,
                    () -> TestCallers.as(
                            "a.cdr",
                            () -> awards.award(
                                    new MovementDraft(List.of(s.id()), "1", category("initiative"), "Under hold"))));
        } finally {
            tamper.sql(
                    "update reward_movement set amount = 9 where id = " + m.id(),
                    "update reward_balance set balance = 9 where soldier_id = " + s.id());
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
        assertFalse(guard.isHeld());
    }

    @Test
    void aBalanceEditedInSqlIsFoundAndPinpointedToTheSoldiersLatestMovement() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s = newAlphaSoldier();
        long initiative = category("initiative");
        TestCallers.as("a.cdr", () -> awards.award(new MovementDraft(List.of(s.id()), "3", initiative, "One")));
        RecordedMovement last = TestCallers.as(
                        "a.cdr", () -> awards.award(new MovementDraft(List.of(s.id()), "4", initiative, "Two")))
                .get(0);
        Tamper tamper = new Tamper(dataSource);
        try {
            tamper.sql("update reward_balance set balance = 500 where soldier_id = " + s.id());
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(last.ledgerSeq(), f.sequence());
            assertTrue(f.detail().contains("soldier " + s.id()), f.detail());
            assertTrue(f.expected().contains("7"), f.expected());
            assertTrue(guard.isHeld());
        } finally {
            tamper.sql("update reward_balance set balance = 7 where soldier_id = " + s.id());
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
    }

    @Test
    void aMovementDeletedWithTheTriggersOffIsFoundAndPinpointed() throws Exception {
        leaveAlphaCommander(1000);
        SoldierRow s = newAlphaSoldier();
        RecordedMovement m = TestCallers.as(
                        "a.cdr",
                        () -> awards.award(new MovementDraft(List.of(s.id()), "5", category("teamwork"), "Gone")))
                .get(0);
        Tamper tamper = new Tamper(dataSource);
        Map<String, Object> row = tamper.row("select * from reward_movement where id = ?", m.id());
        try {
            tamper.sql(
                    "delete from reward_movement where id = " + m.id(),
                    "update reward_balance set balance = 0 where soldier_id = " + s.id());
            Failure f = failure();
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(m.ledgerSeq(), f.sequence());
            assertTrue(f.detail().contains("row is gone"), f.detail());
            assertTrue(guard.isHeld());
        } finally {
            tamper.insert("reward_movement", List.of(row));
            tamper.sql("update reward_balance set balance = 5 where soldier_id = " + s.id());
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
    }

    private Failure failure() {
        VerificationReport r = verification.verifyFull();
        return r.firstFailure().orElseThrow(() -> new AssertionError("tampering not detected: " + r));
    }
}
