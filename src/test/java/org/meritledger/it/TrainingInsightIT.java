package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptCheck;
import org.meritledger.ledger.core.receipt.ReceiptVerifier;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.training.dashboard.DueSoldier;
import org.meritledger.training.dashboard.QualificationMix;
import org.meritledger.training.dashboard.UnitChoice;
import org.meritledger.training.dashboard.UnitDashboardService;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.mytraining.MyTrainingService;
import org.meritledger.training.mytraining.ResultReceipt;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SheetLine;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * Receipts and the unit dashboard on the real stack: a signed-off result's receipt verifies
 * (in the portal and offline from its JSON), and stops verifying when its entry's payload is
 * altered; a result naming another ledger entry is caught by verification; the dashboard counts
 * a unit's mix, pass rate, due soldiers and drafts in the database, and refuses units outside
 * the caller's command.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingInsightIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    SessionService sessions;

    @Inject
    MyTrainingService mine;

    @Inject
    UnitDashboardService dashboard;

    @Inject
    org.meritledger.training.correction.CorrectionService corrections;

    @Inject
    UnitService units;

    @Inject
    SoldierService soldiers;

    @Inject
    CheckpointWriter checkpoints;

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

    private long rifle(String user) {
        return TestCallers.as(user, () -> sessions.standards()).stream()
                .filter(s -> s.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long open(String user, long unitId) {
        long standard = rifle(user);
        return TestCallers.as(
                user,
                () -> sessions.create(new SessionDraft(
                        standard,
                        unitId,
                        LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES),
                        "Range 7",
                        "CPT Insight")));
    }

    /** Signs off a session with these hits in roster order; null marks the soldier absent. */
    private SessionDetail signOff(String user, long sessionId, List<Integer> hits) {
        SessionDetail d = TestCallers.as(user, () -> sessions.detail(sessionId));
        List<SessionService.LineInput> lines = new ArrayList<>();
        for (int i = 0; i < d.lines().size(); i++) {
            Integer h = i < hits.size() ? hits.get(i) : Integer.valueOf(30);
            lines.add(
                    h == null
                            ? new SessionService.LineInput(d.lines().get(i).soldierId(), Attendance.ABSENT, Map.of())
                            : new SessionService.LineInput(
                                    d.lines().get(i).soldierId(), Attendance.PRESENT, Map.of("hits", h.toString())));
        }
        TestCallers.as(user, () -> sessions.saveDraft(sessionId, lines));
        TestCallers.as(user, () -> sessions.signOff(sessionId));
        return d;
    }

    @Test
    void aSignedOffResultsReceiptVerifiesAndStopsVerifyingWhenItsEntryIsAltered() throws Exception {
        long id = open("b1.ldr", unit("B-1PL").id());
        // the platoon leader (b1.ldr) is not on his own sheet; its soldiers log in with their service number
        SessionDetail d = signOff("b1.ldr", id, List.of(30, 37));
        SheetLine first = d.lines().get(1);
        String soldier = first.serviceNumber().toLowerCase(Locale.ROOT);
        MyResult result = TestCallers.as(soldier, () -> mine.myResults()).stream()
                .filter(r -> r.tier() == Tier.EXPERT && r.ledgerSeq() != null)
                .findFirst()
                .orElseThrow();
        checkpoints.checkpointNow();

        ResultReceipt receipt = TestCallers.as(soldier, () -> mine.receipt(result.resultId()));
        assertTrue(receipt.verified(), () -> "receipt: " + receipt);
        assertEquals(result.ledgerSeq().longValue(), receipt.ledger().sequence());
        assertNotNull(receipt.ledger().checkpointSize());
        assertTrue(receipt.ledger().checkpointSize() > result.ledgerSeq());
        // the downloadable JSON checks out offline with nothing but its verifier key
        Receipt json = Receipt.parse(receipt.ledger().receipt().toJson());
        assertTrue(ReceiptVerifier.verify(json, NoteVerifier.parse(json.verifierKey()))
                .verified());

        // nobody else's: another soldier of the platoon, and a commander, are told it does not exist
        String other = d.lines().get(2).serviceNumber().toLowerCase(Locale.ROOT);
        assertThrows(NotFoundException.class, () -> TestCallers.as(other, () -> mine.receipt(result.resultId())));
        assertThrows(NotFoundException.class, () -> TestCallers.as("b1.ldr", () -> mine.receipt(result.resultId())));

        Tamper tamper = new Tamper(dataSource);
        long seq = result.ledgerSeq();
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        try {
            tamper.sql("update ledger_entry set payload = '"
                    + payload.replace("\"EXPERT\"", "\"MARKSMAN\"").replace("'", "''") + "' where seq = " + seq);
            ResultReceipt altered = TestCallers.as(soldier, () -> mine.receipt(result.resultId()));
            assertFalse(altered.verified());
            assertEquals(
                    ReceiptCheck.Step.PAYLOAD_HASH, altered.ledger().check().failedStep());
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
        }
        assertTrue(
                TestCallers.as(soldier, () -> mine.receipt(result.resultId())).verified());
        VerificationReport again = verification.verifyFull();
        assertTrue(again.ok(), () -> "after repair: " + again);
    }

    @Test
    void aResultNamingAnotherLedgerEntryIsCaughtByVerification() throws Exception {
        long id = open("b1.ldr", unit("B-1PL").id());
        signOff("b1.ldr", id, List.of(24));
        Tamper tamper = new Tamper(dataSource);
        long resultId = tamper.scalar("select max(id) from training_result where session_id = ?", id);
        long seq = tamper.scalar("select ledger_seq from training_result where id = ?", resultId);
        try {
            tamper.sql("update training_result set ledger_seq = " + (seq - 1) + " where id = " + resultId);
            VerificationReport r = verification.verifyFull();
            var f = r.firstFailure().orElseThrow(() -> new AssertionError("not detected: " + r));
            assertEquals(Check.DOMAIN_STATE, f.check(), f.toString());
            assertTrue(f.computed().contains("ledger_seq " + (seq - 1)), f.toString());
        } finally {
            tamper.sql("update training_result set ledger_seq = " + seq + " where id = " + resultId);
        }
        VerificationReport again = verification.verifyFull();
        assertTrue(again.ok(), () -> "after repair: " + again);
    }

    @Test
    void theDashboardCountsAUnitInTheDatabaseAndOnlyForItsCommanders() {
        // a platoon of our own under Bravo company: five soldiers, nobody else's results
        String code = "INS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        UnitNode platoon = TestCallers.as(
                "admin",
                () -> units.create(
                        new UnitDraft(code, "Insight platoon", unit("B-COY").id())));
        for (int i = 0; i < 5; i++) {
            String sn = code + "-" + i;
            TestCallers.as(
                    "admin",
                    () -> soldiers.create(new SoldierDraft(
                            sn, "Family" + sn.hashCode(), "Given", Rank.PVT, platoon.id(), SoldierStatus.ACTIVE)));
        }
        // roster order is by service number: Expert, Sharpshooter, Marksman, Unqualified, absent
        long signedId = open("b.cdr", platoon.id());
        signOff("b.cdr", signedId, java.util.Arrays.asList(38, 31, 25, 10, null));
        open("b.cdr", platoon.id()); // left in draft

        QualificationMix mix = TestCallers.as("b.cdr", () -> dashboard.mix(platoon.id()));
        assertEquals(5, mix.soldiers());
        for (Tier t : Tier.values()) {
            assertEquals(1, mix.count(t), t.name());
        }
        assertEquals(1, mix.noResult());
        assertEquals(20.0, mix.percent(Tier.EXPERT));

        var rates = TestCallers.as("b.cdr", () -> dashboard.passRates(platoon.id()));
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertEquals(now, rates.months().get(rates.months().size() - 1));
        assertEquals(
                75.0,
                rates.percent()
                        .get(TrainingKind.MARKSMANSHIP)
                        .get(rates.months().size() - 1));

        // the Unqualified one and the absent one (never qualified); the fresh qualifications are not due
        assertEquals(2, TestCallers.as("b.cdr", () -> dashboard.countDue(platoon.id())));
        List<DueSoldier> due = TestCallers.as("b.cdr", () -> dashboard.due(platoon.id(), PageRequest.of(0, 10)));
        assertEquals(
                List.of(code + "-3", code + "-4"),
                due.stream().map(DueSoldier::serviceNumber).sorted().toList());
        assertTrue(due.stream().allMatch(s -> s.lastQualified() == null));
        assertEquals(1, TestCallers.as("b.cdr", () -> dashboard.countDrafts(platoon.id())));
        assertEquals(
                1,
                TestCallers.as("b.cdr", () -> dashboard.drafts(platoon.id(), PageRequest.of(0, 10)))
                        .size());

        // A tier-changing correction counts on the dashboard only once a second person approves it.
        long unqualified = TestCallers.as("b.cdr", () -> corrections.lines(signedId)).stream()
                .filter(l -> l.serviceNumber().equals(code + "-3"))
                .findFirst()
                .orElseThrow()
                .resultId();
        long correction = TestCallers.as(
                "b.cdr",
                () -> corrections.correct(
                        unqualified, Attendance.PRESENT, Map.of("hits", "24"), "Lane 4 target recounted"));
        assertEquals(
                1, TestCallers.as("b.cdr", () -> dashboard.mix(platoon.id())).count(Tier.UNQUALIFIED), "pending");
        TestCallers.as("admin", () -> {
            corrections.approve(correction);
            return null;
        });
        QualificationMix corrected = TestCallers.as("b.cdr", () -> dashboard.mix(platoon.id()));
        assertEquals(0, corrected.count(Tier.UNQUALIFIED));
        assertEquals(2, corrected.count(Tier.MARKSMAN));
        var ratesNow = TestCallers.as("b.cdr", () -> dashboard.passRates(platoon.id()));
        assertEquals(
                100.0,
                ratesNow.percent()
                        .get(TrainingKind.MARKSMANSHIP)
                        .get(ratesNow.months().size() - 1));
        assertEquals(1, TestCallers.as("b.cdr", () -> dashboard.countDue(platoon.id())), "only the absent one");

        // company B's dashboard (and anything in it) is refused to Alpha's commander, by the service
        long bravo = unit("B-COY").id();
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("a.cdr", () -> dashboard.mix(bravo)));
        assertThrows(
                AccessDeniedException.class, () -> TestCallers.as("a.cdr", () -> dashboard.countDue(platoon.id())));
        assertThrows(
                AccessDeniedException.class,
                () -> TestCallers.as("a.cdr", () -> dashboard.drafts(bravo, PageRequest.of(0, 5))));
        assertFalse(TestCallers.as("a.cdr", () -> dashboard.units()).stream()
                .map(UnitChoice::id)
                .anyMatch(u -> u == bravo));
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("mr-100003", () -> dashboard.mix(bravo)));
        // auditors and administrators see every unit
        assertEquals(
                5, TestCallers.as("auditor", () -> dashboard.mix(platoon.id())).soldiers());
        assertTrue(TestCallers.as("admin", () -> dashboard.units()).stream().anyMatch(u -> u.id() == bravo));
    }
}
