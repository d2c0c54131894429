package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.training.Attendance;
import org.meritledger.training.SessionDetail;
import org.meritledger.training.SessionDraft;
import org.meritledger.training.SessionService;
import org.meritledger.training.SheetLine;
import org.meritledger.training.Tier;
import org.meritledger.training.TrainingRuleException;

/**
 * Training sessions on the real stack: a platoon's range day signed off puts exactly one ledger
 * entry per result on the ledger, the ledger still verifies (rows agree with entries), an
 * incomplete sheet records nothing, and another company's commander cannot touch it.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class);
    }

    @Inject
    SessionService sessions;

    @Inject
    UnitService units;

    @Inject
    LedgerVerification verification;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private long signedEntries() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from ledger_entry where entry_type = 'training.result.signed'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long openRange(String commander, String unitCode) {
        UnitNode unit = TestCallers.as("admin", () -> units.list()).stream().filter(u -> u.code().equals(unitCode))
                .findFirst().orElseThrow();
        long rifle = TestCallers.as(commander, () -> sessions.standards()).stream()
                .filter(s -> s.getCode().equals("rifle-qualification")).findFirst().orElseThrow().getId();
        return TestCallers.as(commander, () -> sessions.create(new SessionDraft(rifle, unit.id(),
                LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Test")));
    }

    @Test
    void aPlatoonsRangeDaySignedOffPutsOneEntryPerResultOnAVerifiableLedger() throws Exception {
        long before = signedEntries();
        long id = openRange("a1.ldr", "A-1PL");
        SessionDetail d = TestCallers.as("a1.ldr", () -> sessions.detail(id));
        assertEquals(15, d.lines().size());
        int i = 0;
        List<SessionService.LineInput> lines = new java.util.ArrayList<>();
        for (SheetLine l : d.lines()) {
            lines.add(i++ == 0 ? new SessionService.LineInput(l.soldierId(), Attendance.ABSENT, Map.of())
                    : new SessionService.LineInput(l.soldierId(), Attendance.PRESENT, Map.of("hits", String.valueOf(20 + i))));
        }
        TestCallers.as("a1.ldr", () -> sessions.saveDraft(id, lines));
        assertEquals(before, signedEntries(), "a draft is not on the ledger");
        TestCallers.as("a1.ldr", () -> sessions.signOff(id));
        assertEquals(before + 15, signedEntries());
        assertTrue(verification.verifyFull().ok(), "rows and ledger agree after sign-off");
        SheetLine second = TestCallers.as("a1.ldr", () -> sessions.detail(id)).lines().get(1);
        assertEquals(Tier.UNQUALIFIED, second.grade().tier()); // 22 hits
    }

    @Test
    void anIncompleteSheetRecordsNothing() throws Exception {
        long before = signedEntries();
        long id = openRange("a2.ldr", "A-2PL");
        SessionDetail d = TestCallers.as("a2.ldr", () -> sessions.detail(id));
        TestCallers.as("a2.ldr", () -> sessions.saveDraft(id, List.of(
                new SessionService.LineInput(d.lines().get(0).soldierId(), Attendance.PRESENT, Map.of("hits", "36")))));
        assertThrows(TrainingRuleException.class, () -> TestCallers.as("a2.ldr", () -> sessions.signOff(id)));
        assertEquals(before, signedEntries());
    }

    @Test
    void anotherCompanysCommanderCannotReadOrSignOff() {
        long id = openRange("b1.ldr", "B-1PL");
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> sessions.detail(id)));
        assertThrows(NotFoundException.class, () -> TestCallers.as("a.cdr", () -> sessions.signOff(id)));
    }
}
