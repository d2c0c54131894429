package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.career.CareerDraft;
import org.meritledger.career.CareerItem;
import org.meritledger.career.CareerKind;
import org.meritledger.career.CareerService;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.record.ServiceRecordService;
import org.meritledger.record.TimelineItem;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.mytraining.SoldierResults;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SheetLine;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.StandardAdminService;
import org.meritledger.training.standard.StandardDraft;
import org.meritledger.training.standard.StandardVersionRow;
import org.meritledger.training.standard.Tier;

/**
 * The service record and standard revisions on the real stack (H2 or PostgreSQL): career events
 * go on the ledger with the soldier's change in one transaction, scope is enforced by the
 * services, a revised standard never re-grades old results, and a career row edited in SQL is
 * caught by verification. Tests leave shared data as they found it (counts per platoon, the
 * rifle standard's rules), because on PostgreSQL other test classes run on the same database.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRecordIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    CareerService careers;

    @Inject
    ServiceRecordService records;

    @Inject
    SoldierService soldiers;

    @Inject
    UnitService units;

    @Inject
    SessionService sessions;

    @Inject
    SoldierResults soldierResults;

    @Inject
    StandardAdminService standards;

    @Inject
    LedgerVerification verification;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private UnitNode unit(String code) {
        return TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A new private at Alpha company headquarters, so platoon head counts other tests rely on stay as they are. */
    private SoldierRow newAlphaSoldier() {
        String sn = "MR-R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return TestCallers.as(
                "admin",
                () -> soldiers.create(new SoldierDraft(
                        sn, "Record", "Test", Rank.PVT, unit("A-COY").id(), null)));
    }

    private long entries(String type) throws Exception {
        return new Tamper(dataSource).scalar("select count(*) from ledger_entry where entry_type = ?", type);
    }

    @Test
    void alphaCommanderPromotesAndTransfersAnAlphaSoldierOnTheLedger() throws Exception {
        SoldierRow s = newAlphaSoldier();
        long promotions = entries("personnel.career.promotion");
        long transfers = entries("personnel.career.transfer");
        long soldierUpdates = entries("personnel.soldier.updated");
        LocalDate today = LocalDate.now();

        TestCallers.as("a.cdr", () -> careers.record(s.id(), CareerDraft.promotion(today.minusDays(3), Rank.PFC)));
        CareerItem moved = TestCallers.as(
                "a.cdr",
                () -> careers.record(
                        s.id(),
                        CareerDraft.transfer(today.minusDays(1), unit("A-2PL").id())));

        assertEquals(promotions + 1, entries("personnel.career.promotion"));
        assertEquals(transfers + 1, entries("personnel.career.transfer"));
        assertEquals(
                soldierUpdates + 2,
                entries("personnel.soldier.updated"),
                "rank and unit changes are on the ledger too");
        SoldierRow now = TestCallers.as("a.cdr", () -> soldiers.get(s.id()));
        assertEquals(Rank.PFC, now.rank());
        assertEquals(unit("A-2PL").id(), now.unitId());
        // the path leaves out the ", Alpha Company" the platoon's name repeats (UnitTree.path)
        String platoon = unit("A-2PL").name().split(",")[0];
        assertTrue(moved.toUnitPath().endsWith(" / " + platoon), moved.toUnitPath());
        assertTrue(verification.verifyFull().ok(), "rows and ledger agree");

        List<TimelineItem> timeline = TestCallers.as("a.cdr", () -> records.timeline(s.id(), 0, 10));
        assertEquals(
                List.of(CareerKind.TRANSFER, CareerKind.PROMOTION),
                timeline.stream().map(i -> i.career().kind()).toList());
        // the same rank again is refused with a specific message, and nothing is recorded
        InvalidInputException same = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as("a.cdr", () -> careers.record(s.id(), CareerDraft.promotion(today, Rank.PFC))));
        assertEquals(
                "validation.career.promotion.sameRank", same.problems().get(0).messageKey());
        assertEquals(promotions + 1, entries("personnel.career.promotion"));
        // back to headquarters (a second transfer), so A-2PL's head count is unchanged for other tests
        TestCallers.as(
                "a.cdr",
                () -> careers.record(
                        s.id(), CareerDraft.transfer(today, unit("A-COY").id())));
    }

    @Test
    void alphaCommanderCannotRecordForBravoAndSoldiersOnlyReadTheirOwn() {
        SoldierRow bravo = TestCallers.as(
                        "admin",
                        () -> soldiers.page(
                                new SoldierFilter(null, unit("B-1PL").id(), null), PageRequest.of(0, 1)))
                .get(0);
        SoldierRow alpha = TestCallers.as(
                        "admin", () -> soldiers.page(new SoldierFilter("MR-100004", null, null), PageRequest.of(0, 1)))
                .get(0);
        LocalDate today = LocalDate.now();
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> careers.record(
                                bravo.id(), CareerDraft.mission(today.minusDays(9), today, "Exercise", "Rifleman"))));
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> records.timeline(bravo.id(), 0, 10)));
        // a soldier and an auditor read but never record
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "auditor",
                        () -> careers.record(
                                alpha.id(), CareerDraft.mission(today.minusDays(9), today, "Exercise", "Rifleman"))));
        CareerItem report = TestCallers.as(
                "a.cdr",
                () -> careers.record(
                        alpha.id(),
                        CareerDraft.report(today.minusMonths(6), today.minusDays(1), 4, "Reliable on the range.")));
        assertEquals(
                1,
                TestCallers.as("auditor", () -> records.timeline(alpha.id(), 0, 50)).stream()
                        .filter(i -> !i.isTraining() && i.career().kind() == CareerKind.PERFORMANCE_REPORT)
                        .count());
        // recorded in error: withdrawn by a new event, the report stays in the record, marked
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as("b.cdr", () -> careers.withdraw(report.id(), "not mine")));
        TestCallers.as("a.cdr", () -> careers.withdraw(report.id(), "Meant for another soldier"));
        List<TimelineItem> after = TestCallers.as("mr-100004", () -> records.timeline(alpha.id(), 0, 50));
        assertTrue(after.stream()
                .anyMatch(i -> !i.isTraining()
                        && i.career().id() == report.id()
                        && i.career().withdrawn()));
        assertTrue(after.stream().anyMatch(i -> !i.isTraining() && i.career().kind() == CareerKind.WITHDRAWAL));
        assertTrue(verification.verifyFull().ok());
        assertEquals(
                "MR-100004",
                TestCallers.as("mr-100004", () -> records.me()).orElseThrow().serviceNumber());
        assertFalse(TestCallers.as("mr-100004", () -> records.timeline(alpha.id(), 0, 50))
                .isEmpty());
        assertThrows(
                NotFoundException.class, () -> TestCallers.as("mr-100004", () -> records.timeline(bravo.id(), 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "mr-100004",
                        () -> careers.record(
                                alpha.id(), CareerDraft.report(today.minusMonths(6), today, 5, "Myself"))));
    }

    @Test
    void aRevisedStandardNeverRegradesAResultGradedUnderTheOldVersion() throws Exception {
        StandardVersionRow v1 = TestCallers.as("admin", () -> standards.current()).stream()
                .filter(r -> r.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow();
        long first = signedRange(37);
        StandardDraft stricter = new StandardDraft(40, 38, 30, 23, null, null, null, null);
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("a.cdr", () -> standards.revise("rifle-qualification", stricter, "Stricter")));
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as("admin", () -> standards.revise("rifle-qualification", stricter, "  ")));
        assertEquals(
                "validation.standard.reasonRequired", noReason.problems().get(0).messageKey());
        assertEquals("reason", noReason.problems().get(0).field());
        InvalidInputException overlap = assertThrows(
                InvalidInputException.class,
                () -> TestCallers.as(
                        "admin",
                        () -> standards.revise(
                                "rifle-qualification",
                                new StandardDraft(40, 30, 30, 23, null, null, null, null),
                                "Overlapping tiers")));
        assertEquals("validation.standard.tier.order", overlap.problems().get(0).messageKey());
        long versionsBefore = entries("training.standard.version");
        StandardVersionRow v2 = TestCallers.as(
                "admin", () -> standards.revise("rifle-qualification", stricter, "Expert needs 38 hits from 2027"));
        try {
            assertEquals(v1.version() + 1, v2.version());
            assertEquals(versionsBefore + 1, entries("training.standard.version"));
            assertEquals("expertMin", v2.changes().get(0).field());
            long second = signedRange(37);

            assertEquals(Tier.EXPERT, tierOfFirstLine(first), "graded under v1 and kept");
            assertEquals(Tier.SHARPSHOOTER, tierOfFirstLine(second), "graded under v2");
            long soldierId = TestCallers.as("a1.ldr", () -> sessions.detail(first))
                    .lines()
                    .get(0)
                    .soldierId();
            List<MyResult> mine = TestCallers.as("a1.ldr", () -> soldierResults.of(soldierId));
            assertEquals(v2.version(), mine.get(0).standardVersion());
            assertEquals(Tier.SHARPSHOOTER, mine.get(0).tier());
            assertEquals(v1.version(), mine.get(1).standardVersion());
            assertEquals(Tier.EXPERT, mine.get(1).tier());
            List<StandardVersionRow> history = TestCallers.as("admin", () -> standards.history("rifle-qualification"));
            assertEquals(v2.version(), history.get(0).version());
            assertEquals("Battalion Administrator", history.get(0).createdBy());
            assertEquals("Expert needs 38 hits from 2027", history.get(0).reason());
            assertTrue(verification.verifyFull().ok());
        } finally {
            // the original thresholds again, as the next version: other tests grade with them
            TestCallers.as(
                    "admin",
                    () -> standards.revise(
                            "rifle-qualification",
                            new StandardDraft(40, 36, 30, 23, null, null, null, null),
                            "Thresholds back to the shipped ones"));
        }
    }

    private long signedRange(int hits) {
        long rifle = TestCallers.as("a1.ldr", () -> sessions.standards()).stream()
                .filter(s -> s.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow()
                .id();
        long id = TestCallers.as(
                "a1.ldr",
                () -> sessions.create(new SessionDraft(
                        rifle, unit("A-1PL").id(), LocalDateTime.now().minusHours(1), "Range 4", "LT Record")));
        List<SessionService.LineInput> lines = new ArrayList<>();
        for (SheetLine l : TestCallers.as("a1.ldr", () -> sessions.detail(id)).lines()) {
            lines.add(new SessionService.LineInput(
                    l.soldierId(), Attendance.PRESENT, Map.of("hits", String.valueOf(hits))));
        }
        TestCallers.as("a1.ldr", () -> sessions.saveDraft(id, lines));
        TestCallers.as("a1.ldr", () -> sessions.signOff(id));
        return id;
    }

    private Tier tierOfFirstLine(long sessionId) {
        return TestCallers.as("a1.ldr", () -> sessions.detail(sessionId))
                .lines()
                .get(0)
                .grade()
                .tier();
    }

    @Test
    void aCareerRowEditedInSqlIsCaughtByVerification() throws Exception {
        SoldierRow s = newAlphaSoldier();
        CareerItem report = TestCallers.as(
                "a.cdr",
                () -> careers.record(
                        s.id(),
                        CareerDraft.report(
                                LocalDate.now().minusMonths(3), LocalDate.now().minusDays(1), 2, "Late twice.")));
        Tamper tamper = new Tamper(dataSource);
        String details = tamper.text("select details from career_event where id = ?", report.id());
        long seq = tamper.scalar("select max(seq) from ledger_entry where subject = ?", "career:" + report.id());
        if (tamper.postgres()) {
            // the append-only fence: a plain UPDATE is refused by the trigger (V18)
            try (java.sql.Connection c = dataSource.getConnection();
                    java.sql.Statement st = c.createStatement()) {
                assertThrows(
                        java.sql.SQLException.class,
                        () -> st.execute("update career_event set details = details where id = " + report.id()));
            }
        }
        // career_event is append-only on PostgreSQL: the trigger must be off for the "attack"
        String off = tamper.postgres() ? "alter table career_event disable trigger user" : "select 1";
        String on = tamper.postgres() ? "alter table career_event enable trigger user" : "select 1";
        try {
            tamper.sql(
                    off,
                    "update career_event set details = '" + details.replace("\"rating\":2", "\"rating\":5")
                            + "' where id = " + report.id(),
                    on);
            VerificationReport r = verification.verifyFull();
            var f = r.firstFailure().orElseThrow(() -> new AssertionError("tampering not detected: " + r));
            assertEquals(Check.DOMAIN_STATE, f.check());
            assertEquals(seq, f.sequence());
        } finally {
            tamper.sql(off, "update career_event set details = '" + details + "' where id = " + report.id(), on);
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
    }
}
