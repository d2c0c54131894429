package org.meritledger.training.correction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Soldier;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/** Corrections over in-memory repositories: original untouched, both visible, second person for tier changes, scope. */
class CorrectionServiceTest {

    private InMemoryTraining t;
    private Soldier able;
    private Soldier baker;
    private long session;
    private long ableResult;
    private long bakerResult;

    @BeforeEach
    void signedAlphaRange() {
        t = new InMemoryTraining();
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        t.catalog.seedShipped();
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        companyCommander();
        session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        t.service.saveDraft(
                session,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36")),
                        new SessionService.LineInput(baker.getId(), Attendance.PRESENT, Map.of("hits", "30"))));
        t.service.signOff(session);
        List<ResultLine> lines = t.correctionService.lines(session);
        ableResult = lines.get(0).resultId();
        bakerResult = lines.get(1).resultId();
        t.recorded.clear();
    }

    /** account 3: commands Alpha company */
    private void companyCommander() {
        t.p.commanderOf(t.p.aCoy, null);
    }

    /** account 7: leads Alpha's 1st platoon, in the same chain */
    private void platoonLeader() {
        t.p.callers.as(new Caller(7, "a1.ldr", Set.of(Role.COMMANDER), null, Set.of(t.p.a1.getId())));
    }

    /** account 8: commands Bravo company */
    private void bravoCommander() {
        t.p.callers.as(new Caller(8, "b.cdr", Set.of(Role.COMMANDER), null, Set.of(t.p.bCoy.getId())));
    }

    @Test
    void aCorrectionWithinTheTierCountsAtOnceAndTheOriginalStays() {
        companyCommander();
        t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "38"), "Lane 4 target recount");
        assertEquals("36", t.results.rows.get(ableResult).raw().get("hits"), "the signed row is not changed");
        ResultHistory h = t.correctionService.history(ableResult);
        assertEquals("36", h.original().raw().get("hits"));
        assertEquals("38", h.corrections().get(0).values().raw().get("hits"));
        assertEquals(Correction.Status.EFFECTIVE, h.corrections().get(0).status());
        assertEquals("Lane 4 target recount", h.corrections().get(0).reason());
        assertEquals("38", h.effective().raw().get("hits"));
        assertEquals(1, t.recorded.size());
        assertEquals("training.result.corrected", t.recorded.get(0).type());
        assertEquals(
                "correction:" + h.corrections().get(0).correctionId(),
                t.recorded.get(0).subject());
        assertEquals(
                ResultLine.Mark.CORRECTED,
                t.correctionService.lines(session).get(0).mark());

        t.p.soldierCaller(able);
        MyResult mine = t.mine.myResults().get(0);
        assertEquals("38", mine.raw().get("hits"));
        assertTrue(mine.corrected());
        assertEquals("36", mine.correction().original().raw().get("hits"));
        assertEquals("Lane 4 target recount", mine.correction().reason());
        assertEquals(
                "36",
                t.correctionService.history(ableResult).original().raw().get("hits"),
                "the soldier reads their own history");
    }

    @Test
    void aTierChangeWaitsForASecondPersonWhoIsNotTheAuthor() {
        companyCommander();
        long c = t.correctionService.correct(bakerResult, Attendance.PRESENT, Map.of("hits", "36"), "Scorer misread");
        assertEquals(
                Tier.SHARPSHOOTER,
                t.correctionService.history(bakerResult).effective().tier(),
                "not yet in effect");
        assertEquals(
                ResultLine.Mark.PENDING,
                t.correctionService.lines(session).get(1).mark());
        assertEquals(1, t.correctionService.countPending());
        assertFalse(t.correctionService.pending(PageRequest.of(0, 10)).get(0).mayDecide(), "the author may not decide");

        var own = assertThrows(TrainingRuleException.class, () -> t.correctionService.approve(c));
        assertEquals("training.correction.ownApproval", own.messageKey());
        var again = assertThrows(
                TrainingRuleException.class,
                () -> t.correctionService.correct(bakerResult, Attendance.PRESENT, Map.of("hits", "35"), "another"));
        assertEquals("training.correction.pendingExists", again.messageKey());
        bravoCommander();
        assertThrows(NotFoundException.class, () -> t.correctionService.approve(c));
        t.p.auditor();
        assertThrows(AccessDeniedException.class, () -> t.correctionService.approve(c));
        t.p.soldierCaller(baker);
        assertEquals(Tier.SHARPSHOOTER, t.mine.myResults().get(0).tier());
        assertTrue(t.mine.myResults().get(0).correction().pendingApproval());
        assertFalse(t.mine.myResults().get(0).corrected());
        assertEquals(1, t.recorded.size());

        platoonLeader();
        assertTrue(t.correctionService.pending(PageRequest.of(0, 10)).get(0).mayDecide());
        t.correctionService.approve(c);
        assertEquals(
                Tier.EXPERT,
                t.correctionService.history(bakerResult).effective().tier());
        // account 7 has no stored account in this fake, so its name shows as its id
        assertEquals(
                "#7",
                t.correctionService.history(bakerResult).corrections().get(0).decidedBy());
        assertEquals("training.correction.approved", t.recorded.get(1).type());
        assertEquals(0, t.correctionService.countPending());
        var twice = assertThrows(TrainingRuleException.class, () -> t.correctionService.approve(c));
        assertEquals("training.correction.notPending", twice.messageKey());
        assertEquals("30", t.results.rows.get(bakerResult).raw().get("hits"));
        assertEquals(Tier.SHARPSHOOTER, t.results.rows.get(bakerResult).getTier());
    }

    @Test
    void rejectingNeedsAReasonAndLeavesTheResultAsSigned() {
        companyCommander();
        long c = t.correctionService.correct(bakerResult, Attendance.ABSENT, Map.of(), "Was on guard duty");
        t.p.admin();
        var noReason = assertThrows(InvalidInputException.class, () -> t.correctionService.reject(c, " "));
        assertEquals(
                "training.correction.rejectReasonRequired",
                noReason.problems().get(0).messageKey());
        t.correctionService.reject(c, "Range log shows him firing");
        ResultHistory h = t.correctionService.history(bakerResult);
        assertEquals(Correction.Status.REJECTED, h.corrections().get(0).status());
        assertEquals("Range log shows him firing", h.corrections().get(0).decisionReason());
        assertEquals(Tier.SHARPSHOOTER, h.effective().tier());
        assertEquals(
                "training.correction.rejected",
                t.recorded.get(t.recorded.size() - 1).type());
    }

    @Test
    void badCorrectionsAreExplainedAndChangeNothing() {
        companyCommander();
        var range = assertThrows(
                InvalidInputException.class,
                () -> t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "41"), "typo"));
        assertEquals("hits", range.problems().get(0).field());
        assertEquals("training.score.range", range.problems().get(0).messageKey());
        var noReason = assertThrows(
                InvalidInputException.class,
                () -> t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "37"), "  "));
        assertEquals("reason", noReason.problems().get(0).field());
        assertEquals(
                "training.correction.reasonRequired", noReason.problems().get(0).messageKey());
        var same = assertThrows(
                TrainingRuleException.class,
                () -> t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "36"), "nothing"));
        assertEquals("training.correction.unchanged", same.messageKey());
        assertTrue(t.corrections.rows.isEmpty());
        assertTrue(t.recorded.isEmpty());
    }

    @Test
    void onlyCommandersOfTheUnitAndAdministratorsCorrect() {
        bravoCommander();
        assertThrows(
                NotFoundException.class,
                () -> t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "37"), "not mine"));
        assertThrows(NotFoundException.class, () -> t.correctionService.history(ableResult));
        assertThrows(NotFoundException.class, () -> t.correctionService.lines(session));
        t.p.auditor();
        assertThrows(
                AccessDeniedException.class,
                () -> t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "37"), "reader"));
        assertEquals(2, t.correctionService.lines(session).size(), "auditors read");
        t.p.soldierCaller(baker);
        assertThrows(
                AccessDeniedException.class,
                () -> t.correctionService.correct(bakerResult, Attendance.PRESENT, Map.of("hits", "40"), "me"));
        assertThrows(
                AccessDeniedException.class, () -> t.correctionService.history(ableResult), "not their own result");
        assertTrue(t.corrections.rows.isEmpty());
        t.p.admin();
        t.correctionService.correct(ableResult, Attendance.PRESENT, Map.of("hits", "37"), "admin fix");
        assertNull(t.correctionService.history(ableResult).corrections().get(0).decidedBy());
    }
}
