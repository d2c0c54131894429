package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.ResultHistory;
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.session.SheetLine;
import org.meritledger.training.session.csv.ScoreFileService;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/**
 * Training sessions on the real stack: a platoon's range day signed off puts exactly one ledger
 * entry per result on the ledger, the ledger still verifies (rows agree with entries), an
 * incomplete sheet records nothing, a ledger failure half-way through sign-off leaves neither
 * results nor entries, and another company's commander cannot touch it. Corrections: the signed
 * row stays as it was, both values are visible, a tier change waits for a second person who is
 * not its author, and a correction row edited behind the ledger's back is found.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, FailingLedgerAppend.class, Tamper.class);
    }

    @Inject
    SessionService sessions;

    @Inject
    UnitService units;

    @Inject
    LedgerVerification verification;

    @Inject
    CorrectionService corrections;

    @Inject
    ScoreFileService files;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private long signedEntries() throws Exception {
        return entries("training.result.signed");
    }

    private long entries(String type) throws Exception {
        return new Tamper(dataSource).scalar("select count(*) from ledger_entry where entry_type = ?", type);
    }

    private long openRange(String commander, String unitCode) {
        UnitNode unit = TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals(unitCode))
                .findFirst()
                .orElseThrow();
        long rifle = TestCallers.as(commander, () -> sessions.standards()).stream()
                .filter(s -> s.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow()
                .id();
        return TestCallers.as(
                commander,
                () -> sessions.create(new SessionDraft(
                        rifle, unit.id(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Test")));
    }

    @Test
    void aPlatoonsRangeDaySignedOffPutsOneEntryPerResultOnAVerifiableLedger() throws Exception {
        long before = signedEntries();
        long id = openRange("a1.ldr", "A-1PL");
        SessionDetail d = TestCallers.as("a1.ldr", () -> sessions.detail(id));
        assertEquals(14, d.lines().size(), "the platoon's soldiers, not its leader who opened the session");
        int i = 0;
        List<SessionService.LineInput> lines = new java.util.ArrayList<>();
        for (SheetLine l : d.lines()) {
            lines.add(
                    i++ == 0
                            ? new SessionService.LineInput(l.soldierId(), Attendance.ABSENT, Map.of())
                            : new SessionService.LineInput(
                                    l.soldierId(), Attendance.PRESENT, Map.of("hits", String.valueOf(20 + i))));
        }
        TestCallers.as("a1.ldr", () -> sessions.saveDraft(id, lines));
        assertEquals(before, signedEntries(), "a draft is not on the ledger");
        TestCallers.as("a1.ldr", () -> sessions.signOff(id));
        assertEquals(before + 14, signedEntries());
        assertTrue(verification.verifyFull().ok(), "rows and ledger agree after sign-off");
        SheetLine second =
                TestCallers.as("a1.ldr", () -> sessions.detail(id)).lines().get(1);
        assertEquals(Tier.UNQUALIFIED, second.grade().tier()); // 22 hits
    }

    @Test
    void nobodySignsOffTheirOwnResultAnotherCommanderOfTheChainDoes() throws Exception {
        long before = signedEntries();
        long id = openRange("a.cdr", "A-1PL"); // the company commander: the platoon leader is on this sheet
        SessionDetail d = TestCallers.as("a.cdr", () -> sessions.detail(id));
        assertEquals(15, d.lines().size());
        List<SessionService.LineInput> lines = d.lines().stream()
                .map(l -> new SessionService.LineInput(l.soldierId(), Attendance.PRESENT, Map.of("hits", "40")))
                .toList();
        TestCallers.as("a.cdr", () -> sessions.saveDraft(id, lines));
        TrainingRuleException own =
                assertThrows(TrainingRuleException.class, () -> TestCallers.as("a1.ldr", () -> sessions.signOff(id)));
        assertEquals("training.session.ownResult", own.messageKey());
        assertEquals(before, signedEntries(), "nothing recorded by the refused sign-off");
        TestCallers.as("a.cdr", () -> sessions.signOff(id));
        assertEquals(before + 15, signedEntries());
    }

    @Test
    void signOffRefusalNamesTheSoldiersWithoutAValidLine() {
        long id = openRange("a2.ldr", "A-2PL");
        SessionDetail d = TestCallers.as("a2.ldr", () -> sessions.detail(id));
        SheetLine bad = d.lines().get(1);
        TestCallers.as(
                "a2.ldr",
                () -> sessions.saveDraft(
                        id,
                        d.lines().stream()
                                .map(l -> new SessionService.LineInput(
                                        l.soldierId(), Attendance.PRESENT, Map.of("hits", l == bad ? "41" : "30")))
                                .toList()));
        TrainingRuleException e =
                assertThrows(TrainingRuleException.class, () -> TestCallers.as("a2.ldr", () -> sessions.signOff(id)));
        assertEquals("training.session.incomplete", e.messageKey());
        assertEquals(1, e.args().get(0));
        assertTrue(
                e.args().get(1).toString().contains(bad.serviceNumber()),
                e.args().toString());
    }

    @Test
    void anIncompleteSheetRecordsNothing() throws Exception {
        long before = signedEntries();
        long id = openRange("a2.ldr", "A-2PL");
        SessionDetail d = TestCallers.as("a2.ldr", () -> sessions.detail(id));
        TestCallers.as(
                "a2.ldr",
                () -> sessions.saveDraft(
                        id,
                        List.of(new SessionService.LineInput(
                                d.lines().get(0).soldierId(), Attendance.PRESENT, Map.of("hits", "36")))));
        assertThrows(TrainingRuleException.class, () -> TestCallers.as("a2.ldr", () -> sessions.signOff(id)));
        assertEquals(before, signedEntries());
    }

    @Test
    void anotherCompanysCommanderCannotReadOrSignOff() {
        long id = openRange("b1.ldr", "B-1PL");
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> sessions.detail(id)));
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> sessions.signOff(id)));
    }

    /** Opens a session and signs it off with the given hits per line (in roster order). */
    private long signedRange(String commander, String unitCode, int... hits) {
        long id = openRange(commander, unitCode);
        SessionDetail d = TestCallers.as(commander, () -> sessions.detail(id));
        List<SessionService.LineInput> lines = new java.util.ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            lines.add(new SessionService.LineInput(
                    d.lines().get(i).soldierId(),
                    Attendance.PRESENT,
                    Map.of("hits", String.valueOf(hits[Math.min(i, hits.length - 1)]))));
        }
        TestCallers.as(commander, () -> sessions.saveDraft(id, lines));
        TestCallers.as(commander, () -> sessions.signOff(id));
        return id;
    }

    private String rawOfRow(long resultId) throws Exception {
        return new Tamper(dataSource).text("select raw_values from training_result where id = ?", resultId);
    }

    @Test
    void aLedgerFailureHalfWayThroughSignOffLeavesNeitherResultsNorEntries() throws Exception {
        long id = openRange("a2.ldr", "A-2PL");
        SessionDetail d = TestCallers.as("a2.ldr", () -> sessions.detail(id));
        TestCallers.as(
                "a2.ldr",
                () -> sessions.saveDraft(
                        id,
                        d.lines().stream()
                                .map(l -> new SessionService.LineInput(
                                        l.soldierId(), Attendance.PRESENT, Map.of("hits", "30")))
                                .toList()));
        long before = signedEntries();
        // the 4th append fails: three results were already marked signed and three entries appended
        RuntimeException failed = assertThrows(
                RuntimeException.class,
                () -> FailingLedgerAppend.failingAt(4, () -> TestCallers.as("a2.ldr", () -> sessions.signOff(id))));
        StringBuilder causes = new StringBuilder();
        for (Throwable x = failed; x != null; x = x.getCause()) {
            causes.append(x.getMessage()).append(" | ");
        }
        assertTrue(causes.toString().contains("test: ledger append 4 fails"), causes.toString());
        assertEquals(before, signedEntries(), "no entry survives");
        Tamper db = new Tamper(dataSource);
        assertEquals(
                0,
                db.scalar("select count(*) from training_result where session_id = ? and signed = true", id),
                "no result is signed");
        assertEquals(
                SessionState.DRAFT,
                TestCallers.as("a2.ldr", () -> sessions.detail(id)).summary().state());
        assertTrue(verification.verifyFull().ok(), "rows and ledger still agree");
        TestCallers.as("a2.ldr", () -> sessions.signOff(id));
        assertEquals(before + d.lines().size(), signedEntries(), "and it signs off once the ledger works");
    }

    @Test
    void aCorrectionLeavesTheOriginalAndATierChangeWaitsForASecondPersonNotItsAuthor() throws Exception {
        long id = signedRange("a1.ldr", "A-1PL", 30);
        List<ResultLine> lines = TestCallers.as("a1.ldr", () -> corrections.lines(id));
        long first = lines.get(0).resultId();
        long second = lines.get(1).resultId();
        String signedRaw = rawOfRow(first);
        long corrected = entries("training.result.corrected");

        // within the tier (30 and 31 hits are both Sharpshooter): counts at once
        TestCallers.as(
                "a1.ldr", () -> corrections.correct(first, Attendance.PRESENT, Map.of("hits", "31"), "Recount lane 1"));
        assertEquals(signedRaw, rawOfRow(first), "the signed row is never changed");
        ResultHistory h = TestCallers.as("a.cdr", () -> corrections.history(first));
        assertEquals("30", h.original().raw().get("hits"));
        assertEquals("31", h.corrections().get(0).values().raw().get("hits"));
        assertEquals("a1.ldr", h.corrections().get(0).author());
        assertEquals("31", h.effective().raw().get("hits"));
        assertEquals(corrected + 1, entries("training.result.corrected"));

        // a tier change (30 -> 36, Expert) waits; its author cannot approve it; another company cannot see it
        long c = TestCallers.as(
                "a1.ldr",
                () -> corrections.correct(second, Attendance.PRESENT, Map.of("hits", "36"), "Scorer misread lane 2"));
        assertEquals(
                Tier.SHARPSHOOTER,
                TestCallers.as("a1.ldr", () -> corrections.history(second))
                        .effective()
                        .tier());
        TrainingRuleException own =
                assertThrows(TrainingRuleException.class, () -> TestCallers.as("a1.ldr", () -> corrections.approve(c)));
        assertEquals("training.correction.ownApproval", own.messageKey());
        assertThrows(NotFoundException.class, () -> TestCallers.as("b.cdr", () -> corrections.approve(c)));
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("auditor", () -> corrections.approve(c)));
        assertTrue(TestCallers.as("a.cdr", () -> corrections.pending(PageRequest.of(0, 50))).stream()
                .anyMatch(p -> p.correctionId() == c && p.mayDecide()));
        long approved = entries("training.correction.approved");
        TestCallers.as("a.cdr", () -> corrections.approve(c));
        ResultHistory after = TestCallers.as("a1.ldr", () -> corrections.history(second));
        assertEquals(Tier.EXPERT, after.effective().tier());
        assertEquals(Tier.SHARPSHOOTER, after.original().tier(), "both visible");
        assertEquals("a.cdr", after.corrections().get(0).decidedBy());
        assertEquals(approved + 1, entries("training.correction.approved"));
        assertTrue(verification.verifyFull().ok(), "correction rows agree with the ledger");
    }

    @Test
    void aSignedSessionsDatePlaceOrOfficerEditedBehindTheLedgersBackIsFound() throws Exception {
        long id = signedRange("b2.ldr", "B-2PL", 31);
        Tamper db = new Tamper(dataSource);
        assertEquals(
                1,
                db.scalar(
                        "select count(*) from ledger_entry where entry_type = 'training.session.signed' and subject = ?",
                        "session:" + id));
        for (String edit : List.of(
                "update training_session set place = 'Range 9' where id = " + id,
                "update training_session set conducting_officer = 'Someone else' where id = " + id,
                "update training_session set starts_at = starts_at - interval '30' day where id = " + id,
                "update training_session set state = 'DRAFT' where id = " + id)) {
            var before =
                    db.row("select starts_at, place, conducting_officer, state from training_session where id = ?", id);
            try {
                db.sql(edit);
                var report = verification.verifyFull();
                assertTrue(
                        report.firstFailure()
                                .orElseThrow(() -> new AssertionError("not found: " + edit))
                                .detail()
                                .contains("session:" + id),
                        edit + " -> " + report);
            } finally {
                try (var c = dataSource.getConnection();
                        var ps = c.prepareStatement("update training_session set starts_at = ?, place = ?,"
                                + " conducting_officer = ?, state = ? where id = ?")) {
                    ps.setObject(1, before.get("starts_at"));
                    ps.setObject(2, before.get("place"));
                    ps.setObject(3, before.get("conducting_officer"));
                    ps.setObject(4, before.get("state"));
                    ps.setLong(5, id);
                    ps.executeUpdate();
                }
            }
            assertTrue(verification.verifyFull().ok(), "after repair of: " + edit);
        }
    }

    @Test
    void aCorrectionRowEditedBehindTheLedgersBackIsFound() throws Exception {
        long id = signedRange("b1.ldr", "B-1PL", 25);
        long result =
                TestCallers.as("b1.ldr", () -> corrections.lines(id)).get(0).resultId();
        long c = TestCallers.as(
                "b1.ldr", () -> corrections.correct(result, Attendance.PRESENT, Map.of("hits", "26"), "Recount"));
        Tamper db = new Tamper(dataSource);
        boolean pg = db.postgres();
        if (pg) {
            // the append-only trigger refuses a plain update
            assertThrows(
                    java.sql.SQLException.class,
                    () -> db.sql("update training_correction set reason = 'x' where id = " + c));
        }
        String on = pg ? "alter table training_correction enable trigger user" : "select 1";
        String off = pg ? "alter table training_correction disable trigger user" : "select 1";
        try {
            db.sql(off, "update training_correction set raw_values = '{\"hits\":\"40\"}' where id = " + c, on);
            var report = verification.verifyFull();
            assertTrue(report.firstFailure().orElseThrow().detail().contains("correction:" + c), report.toString());
        } finally {
            db.sql(off, "update training_correction set raw_values = '{\"hits\":\"26\"}' where id = " + c, on);
        }
        assertTrue(verification.verifyFull().ok(), "after repair");
    }

    @Test
    void aCompanyACommanderCannotRecordOrCorrectForCompanyB() throws Exception {
        long id = signedRange("b1.ldr", "B-1PL", 33);
        long draft = openRange("b1.ldr", "B-1PL");
        long result =
                TestCallers.as("b1.ldr", () -> corrections.lines(id)).get(0).resultId();
        long bPlatoon = TestCallers.as("admin", () -> units.list()).stream()
                .filter(u -> u.code().equals("B-1PL"))
                .findFirst()
                .orElseThrow()
                .id();
        long rifle = TestCallers.as("a.cdr", () -> sessions.standards()).get(0).id();
        long correctedBefore = entries("training.result.corrected");
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> sessions.create(new SessionDraft(
                                rifle, bPlatoon, LocalDateTime.parse("2026-11-21T09:00"), "Range 1", "CPT A"))));
        assertThrows(
                NotFoundException.class, () -> TestCallers.as("a.cdr", () -> sessions.saveDraft(draft, List.of())));
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> files.importValid(
                                draft,
                                "service_number,hits\nMR-100033,30\n"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertThrows(
                NotFoundException.class,
                () -> TestCallers.as(
                        "a.cdr",
                        () -> corrections.correct(result, Attendance.PRESENT, Map.of("hits", "40"), "not my company")));
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> corrections.history(result)));
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as(
                        "mr-100003",
                        () -> corrections.correct(result, Attendance.PRESENT, Map.of("hits", "40"), "soldier")));
        assertEquals(correctedBefore, entries("training.result.corrected"));
        assertEquals(
                "33",
                TestCallers.as("b.cdr", () -> corrections.history(result))
                        .effective()
                        .raw()
                        .get("hits"));
    }
}
