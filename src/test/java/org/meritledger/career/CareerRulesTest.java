package org.meritledger.career;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.Soldier;

/** Career event rules and the service's scope checks, on in-memory repositories (clock: 2026-11-21). */
class CareerRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    InMemoryPersonnel p;
    InMemoryCareers careers;
    Soldier alpha;
    Soldier bravo;

    @BeforeEach
    void setUp() {
        p = new InMemoryPersonnel().withBattalion();
        careers = new InMemoryCareers(p);
        alpha = p.soldier("MR-10", "Able", p.a1);
        bravo = p.soldier("MR-20", "Baker", p.b1);
    }

    private static List<String> keys(InvalidInputException e) {
        return e.problems().stream()
                .map(pr -> pr.field() + ":" + pr.messageKey())
                .toList();
    }

    private List<String> refused(CareerDraft d) {
        return keys(assertThrows(InvalidInputException.class, () -> careers.service.record(alpha.getId(), d)));
    }

    @Test
    void aPromotionRaisesTheRankAndRecordsTwoEntriesInOneGo() {
        p.commanderOf(p.aCoy, null);
        careers.service.record(alpha.getId(), CareerDraft.promotion(TODAY.minusDays(2), Rank.CPL));
        assertEquals(Rank.CPL, alpha.getRank());
        assertEquals(
                List.of("personnel.soldier.updated", "personnel.career.promotion"),
                p.recorded.stream().map(InMemoryPersonnel.Recorded::type).toList());
        InMemoryPersonnel.Recorded event = p.recorded.get(1);
        assertTrue(event.subject().startsWith("career:"));
        assertTrue(
                event.payload().contains("\"fromRank\":\"PVT\"")
                        && event.payload().contains("\"toRank\":\"CPL\""),
                event.payload());
        assertTrue(event.payload().contains("\"soldierId\":" + alpha.getId()), event.payload());
    }

    @Test
    void aPromotionMustBeToAHigherRankAndNotInTheFuture() {
        p.commanderOf(p.aCoy, null);
        assertEquals(
                List.of("toRank:validation.career.promotion.sameRank"),
                refused(CareerDraft.promotion(TODAY, Rank.PVT)));
        careers.service.record(alpha.getId(), CareerDraft.promotion(TODAY.minusDays(5), Rank.SGT));
        assertEquals(
                List.of("toRank:validation.career.promotion.notHigher"),
                refused(CareerDraft.promotion(TODAY, Rank.CPL)));
        assertEquals(
                List.of("effectiveOn:validation.career.date.future"),
                refused(CareerDraft.promotion(TODAY.plusDays(1), Rank.SSG)));
        assertEquals(
                List.of("effectiveOn:validation.career.date.beforeLatest"),
                refused(CareerDraft.promotion(TODAY.minusDays(6), Rank.SSG)));
        assertEquals(
                List.of("toRank:validation.required", "effectiveOn:validation.required").stream()
                        .sorted()
                        .toList(),
                refused(CareerDraft.promotion(null, null)).stream().sorted().toList());
        assertEquals(Rank.SGT, alpha.getRank(), "refusals change nothing");
    }

    @Test
    void aTransferMovesTheSoldierToAnExistingOtherUnit() {
        p.commanderOf(p.aCoy, null);
        assertEquals(
                List.of("toUnitId:validation.career.transfer.sameUnit"),
                refused(CareerDraft.transfer(TODAY, p.a1.getId())));
        assertEquals(List.of("toUnitId:validation.unit.unknown"), refused(CareerDraft.transfer(TODAY, 999_999L)));
        CareerItem item = careers.service.record(alpha.getId(), CareerDraft.transfer(TODAY, p.a2.getId()));
        assertEquals(p.a2.getId(), alpha.getUnitId());
        assertEquals("1st Battalion / Alpha Company / 1st Platoon A", item.fromUnitPath());
        assertEquals("1st Battalion / Alpha Company / 2nd Platoon A", item.toUnitPath());
    }

    @Test
    void aTransferOutOfTheCommandersReachIsRefusedAndChangesNothing() {
        p.commanderOf(p.aCoy, null);
        assertThrows(
                AccessDeniedException.class,
                () -> careers.service.record(alpha.getId(), CareerDraft.transfer(TODAY, p.b1.getId())));
        assertEquals(p.a1.getId(), alpha.getUnitId());
        assertTrue(careers.rows.isEmpty());
        assertTrue(p.recorded.isEmpty());
    }

    @Test
    void missionsAndReportsCheckTheirPeriodRatingAndText() {
        p.commanderOf(p.aCoy, null);
        assertEquals(
                List.of("endsOn:validation.career.date.order"),
                refused(CareerDraft.mission(TODAY.minusDays(3), TODAY.minusDays(5), "Op Dawn", "Medic")));
        assertEquals(
                List.of("name:validation.required", "role:validation.tooLong"),
                refused(CareerDraft.mission(TODAY.minusDays(3), null, " ", "r".repeat(81))));
        careers.service.record(alpha.getId(), CareerDraft.mission(TODAY.minusDays(3), null, "Op Dawn", "Medic"));
        assertEquals(
                List.of("rating:validation.career.rating.range"),
                refused(CareerDraft.report(TODAY.minusMonths(6), TODAY.minusDays(1), 6, "Fine")));
        assertEquals(
                List.of("endsOn:validation.career.date.future", "text:validation.tooLong"),
                refused(CareerDraft.report(TODAY.minusMonths(6), TODAY.plusDays(1), 3, "x".repeat(501))));
        assertEquals(
                List.of("endsOn:validation.required", "rating:validation.required", "text:validation.required"),
                refused(CareerDraft.report(TODAY.minusMonths(6), null, null, "")));
        CareerItem report = careers.service.record(
                alpha.getId(),
                CareerDraft.report(TODAY.minusMonths(6), TODAY.minusDays(1), 5, "Led the section well."));
        assertEquals(
                new CareerEvent.PerformanceReport(TODAY.minusMonths(6), TODAY.minusDays(1), 5, "Led the section well."),
                report.event());
        assertEquals(2, careers.service.count(alpha.getId()));
    }

    @Test
    void onlyCommandersOfTheUnitChainAndAdministratorsRecord() {
        p.commanderOf(p.aCoy, null);
        assertThrows(
                NotFoundException.class,
                () -> careers.service.record(bravo.getId(), CareerDraft.mission(TODAY, null, "Op", "Driver")));
        p.commanderOf(p.a1, alpha.getId());
        assertThrows(
                AccessDeniedException.class,
                () -> careers.service.record(alpha.getId(), CareerDraft.mission(TODAY, null, "Op", "Driver")),
                "nobody records their own career");
        p.auditor();
        assertThrows(
                AccessDeniedException.class,
                () -> careers.service.record(alpha.getId(), CareerDraft.mission(TODAY, null, "Op", "Driver")));
        p.soldierCaller(alpha);
        assertThrows(
                AccessDeniedException.class,
                () -> careers.service.record(alpha.getId(), CareerDraft.mission(TODAY, null, "Op", "Driver")));
        p.admin();
        careers.service.record(bravo.getId(), CareerDraft.mission(TODAY, null, "Op", "Driver"));
        // reading: the soldier their own, not another's; auditors everyone
        p.soldierCaller(bravo);
        assertEquals(1, careers.service.events(bravo.getId(), 0, 10).size());
        assertThrows(NotFoundException.class, () -> careers.service.events(alpha.getId(), 0, 10));
        p.auditor();
        assertEquals(1, careers.service.events(bravo.getId(), 0, 10).size());
    }

    @Test
    void aStoredEventReadsBackAsTheSameEvent() {
        CareerEvent mission = new CareerEvent.Mission(TODAY.minusDays(30), null, "Op \"Dawn\"", "Medic");
        CareerEntry e =
                new CareerEntry(alpha.getId(), mission, 1, java.time.Instant.parse("2026-11-21T08:00:00.123456Z"));
        assertEquals(mission, e.event());
        assertEquals(java.time.Instant.parse("2026-11-21T08:00:00Z"), e.getRecordedAt(), "kept to the second");
    }

    @Test
    void aMissionOrReportRecordedInErrorIsWithdrawnOnceByANewEventNeverEdited() {
        p.commanderOf(p.aCoy, null);
        CareerItem mission =
                careers.service.record(alpha.getId(), CareerDraft.mission(TODAY.minusDays(9), null, "Op", "Driver"));
        CareerItem promotion = careers.service.record(alpha.getId(), CareerDraft.promotion(TODAY, Rank.PFC));
        p.recorded.clear();
        assertEquals(
                List.of("reason:validation.required"),
                keys(assertThrows(InvalidInputException.class, () -> careers.service.withdraw(mission.id(), " "))));
        assertEquals(
                List.of("null:validation.career.withdraw.notWithdrawable"),
                keys(assertThrows(
                        InvalidInputException.class, () -> careers.service.withdraw(promotion.id(), "wrong rank"))));
        CareerItem w = careers.service.withdraw(mission.id(), "Recorded for the wrong soldier");
        assertEquals(
                new CareerEvent.Withdrawal(TODAY, mission.id(), CareerKind.MISSION, "Recorded for the wrong soldier"),
                w.event());
        assertEquals(
                List.of("personnel.career.withdrawal"),
                p.recorded.stream().map(InMemoryPersonnel.Recorded::type).toList());
        assertTrue(
                p.recorded.get(0).payload().contains("\"refersTo\":" + mission.id()),
                p.recorded.get(0).payload());
        assertEquals(
                List.of("null:validation.career.withdraw.already"),
                keys(assertThrows(InvalidInputException.class, () -> careers.service.withdraw(mission.id(), "again"))));
        List<CareerItem> events = careers.service.events(alpha.getId(), 0, 10);
        assertEquals(3, events.size(), "the withdrawn mission stays in the record");
        assertTrue(events.stream()
                .filter(e -> e.id() == mission.id())
                .findFirst()
                .orElseThrow()
                .withdrawn());
        assertEquals(
                List.of("kind:validation.career.withdraw.useWithdraw"),
                refused(new CareerDraft(CareerKind.WITHDRAWAL, TODAY, null, null, null, null, null, null, "x")));
        p.commanderOf(p.bCoy, null);
        assertThrows(NotFoundException.class, () -> careers.service.withdraw(mission.id(), "not mine"));
    }
}
