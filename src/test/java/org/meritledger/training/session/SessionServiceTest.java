package org.meritledger.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/** Session rules over in-memory repositories: scope, drafts, sign-off onto the ledger. */
class SessionServiceTest {

    private InMemoryTraining t;
    private Soldier able;
    private Soldier baker;
    private Soldier bravo;
    private long rifleId;

    @BeforeEach
    void setUp() {
        t = new InMemoryTraining();
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        bravo = t.p.soldier("MR-3", "Bravo", t.p.b1);
        assertEquals(3, t.catalog.seedShipped());
        assertEquals(0, t.catalog.seedShipped());
        rifleId = t.standards.current("rifle-qualification").orElseThrow().getId();
        t.recorded.clear();
    }

    private long openAlphaRange() {
        t.p.commanderOf(t.p.aCoy, null);
        return t.service.create(new SessionDraft(
                rifleId, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3, lanes 1-20", "CPT Zhang"));
    }

    @Test
    void participantsDefaultToTheUnitsActiveSoldiers() {
        long id = openAlphaRange();
        SessionDetail d = t.service.detail(id);
        assertEquals(
                List.of("MR-1", "MR-2"),
                d.lines().stream().map(SheetLine::serviceNumber).toList());
        assertEquals(SessionState.DRAFT, d.summary().state());
        assertEquals(2, d.summary().participants());
        assertEquals(
                2,
                t.service
                        .page(org.meritledger.base.PageRequest.of(0, 10))
                        .get(0)
                        .participants());
        assertTrue(t.recorded.isEmpty(), "drafts are not on the ledger");
    }

    @Test
    void theCommanderNarrowsTheParticipantsButNeverToSomeoneOutsideTheUnit() {
        t.p.commanderOf(t.p.aCoy, null);
        assertEquals(
                List.of("MR-1", "MR-2"),
                t.service.roster(t.p.a1.getId()).stream()
                        .map(SoldierRow::serviceNumber)
                        .toList());
        long id = t.service.create(new SessionDraft(
                rifleId,
                t.p.a1.getId(),
                LocalDateTime.parse("2026-11-20T09:00"),
                "Range 3",
                "CPT Zhang",
                java.util.Set.of(baker.getId())));
        assertEquals(
                List.of("MR-2"),
                t.service.detail(id).lines().stream()
                        .map(SheetLine::serviceNumber)
                        .toList());

        long before = t.service.count();
        var outside = assertThrows(
                InvalidInputException.class,
                () -> t.service.create(new SessionDraft(
                        rifleId,
                        t.p.a1.getId(),
                        LocalDateTime.parse("2026-11-20T09:00"),
                        "Range 3",
                        "CPT Zhang",
                        java.util.Set.of(able.getId(), bravo.getId()))));
        assertEquals(
                "training.session.participantNotInUnit",
                outside.problems().get(0).messageKey());
        var none = assertThrows(
                InvalidInputException.class,
                () -> t.service.create(new SessionDraft(
                        rifleId,
                        t.p.a1.getId(),
                        LocalDateTime.parse("2026-11-20T09:00"),
                        "Range 3",
                        "CPT Zhang",
                        java.util.Set.of())));
        assertEquals("training.session.noParticipants", none.problems().get(0).messageKey());
        assertEquals(before, t.service.count(), "nothing was opened");
        // another company's roster is not Alpha's commander's to read
        assertThrows(AccessDeniedException.class, () -> t.service.roster(t.p.b1.getId()));
    }

    @Test
    void signOffRecordsExactlyOneEntryPerResult() {
        long id = openAlphaRange();
        t.service.saveDraft(
                id,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36")),
                        new SessionService.LineInput(baker.getId(), Attendance.EXCUSED, Map.of())));
        t.service.signOff(id);
        assertEquals(3, t.recorded.size(), "two results, then the session itself");
        assertTrue(t.recorded.subList(0, 2).stream().allMatch(r -> r.type().equals("training.result.signed")));
        assertEquals("training.session.signed", t.recorded.get(2).type());
        assertTrue(
                t.recorded.get(2).payload().contains("\"place\":"),
                t.recorded.get(2).payload());
        assertTrue(
                t.recorded.get(0).payload().contains("\"tier\":\"EXPERT\""),
                t.recorded.get(0).payload());
        assertEquals(SessionState.SIGNED_OFF, t.service.detail(id).summary().state());
        var again = assertThrows(
                TrainingRuleException.class,
                () -> t.service.saveDraft(
                        id,
                        List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "20")))));
        assertEquals("training.session.signedOff", again.messageKey());
        assertThrows(TrainingRuleException.class, () -> t.service.signOff(id));
        assertEquals(3, t.recorded.size());
        t.p.soldierCaller(able);
        assertEquals(Tier.EXPERT, t.mine.myResults().get(0).tier());
    }

    @Test
    void nobodySignsOffTheirOwnResultButAnotherCommanderOfTheChainDoes() {
        long id = openAlphaRange();
        t.service.saveDraft(
                id,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "40")),
                        new SessionService.LineInput(baker.getId(), Attendance.PRESENT, Map.of("hits", "30"))));
        t.p.commanderOf(t.p.a1, able.getId()); // Able leads the platoon and is on the sheet
        var e = assertThrows(TrainingRuleException.class, () -> t.service.signOff(id));
        assertEquals("training.session.ownResult", e.messageKey());
        assertTrue(t.recorded.stream().noneMatch(r -> r.type().startsWith("training.result")));
        t.p.commanderOf(t.p.aCoy, null); // the company commander above him
        t.service.signOff(id);
        assertEquals(SessionState.SIGNED_OFF, t.service.detail(id).summary().state());
    }

    @Test
    void anIncompleteSheetIsNotSignedOffAndNothingIsRecorded() {
        long id = openAlphaRange();
        t.service.saveDraft(
                id, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "41"))));
        var e = assertThrows(TrainingRuleException.class, () -> t.service.signOff(id));
        assertEquals("training.session.incomplete", e.messageKey());
        // the refusal says whom it means: Able's 41 hits are out of range, Baker has nothing
        assertEquals(2, e.args().get(0));
        assertTrue(e.args().get(1).toString().contains("Able"), e.args().toString());
        assertTrue(
                e.args().get(1).toString().contains("Baker")
                        && e.args().get(1).toString().contains("MR-2"),
                e.args().toString());
        assertTrue(t.recorded.isEmpty());
        assertEquals(SessionState.DRAFT, t.service.detail(id).summary().state());
    }

    @Test
    void commanderOfAlphaCannotOpenOrReadBravoSessions() {
        t.p.commanderOf(t.p.aCoy, null);
        assertThrows(
                AccessDeniedException.class,
                () -> t.service.create(new SessionDraft(
                        rifleId, t.p.b1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range", "Officer")));
        t.p.commanderOf(t.p.bCoy, null);
        long bravoSession = t.service.create(
                new SessionDraft(rifleId, t.p.b1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range", "Officer"));
        t.p.commanderOf(t.p.aCoy, null);
        assertThrows(NotFoundException.class, () -> t.service.detail(bravoSession));
        assertThrows(NotFoundException.class, () -> t.service.signOff(bravoSession));
        assertEquals(0, t.service.count());
        t.p.soldierCaller(bravo);
        assertThrows(AccessDeniedException.class, () -> t.service.page(org.meritledger.base.PageRequest.of(0, 10)));
    }

    @Test
    void badSessionInputIsExplained() {
        t.p.commanderOf(t.p.aCoy, null);
        var e = assertThrows(
                InvalidInputException.class,
                () -> t.service.create(new SessionDraft(null, null, null, " ", "x".repeat(121))));
        assertEquals(
                List.of("standardId", "unitId", "startsAt", "place", "conductingOfficer"),
                e.problems().stream().map(InvalidInputException.Problem::field).toList());
    }
}
