package org.meritledger.training.session.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.Soldier;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.standard.Attendance;

/** CSV import into a draft session and export of a signed one, over in-memory repositories. */
class ScoreFileServiceTest {

    private InMemoryTraining t;
    private Soldier able;
    private Soldier baker;
    private long session;

    @BeforeEach
    void draftAlphaRange() {
        t = new InMemoryTraining();
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        t.p.soldier("MR-3", "=HYPERLINK(\"http://x\")", t.p.a1);
        t.p.soldier("MR-9", "Bravo", t.p.b1);
        t.catalog.seedShipped();
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        t.p.commanderOf(t.p.aCoy, null);
        session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        t.recorded.clear();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void validRowsBecomeDraftLinesAndTheSameFileTwiceImportsNothing() {
        byte[] file = csv(
                "service_number,name,hits\nMR-1,Able,36\nMR-9,Bravo,30\nMR-404,Nobody,20\nMR-2,Baker,41\nMR-1,Able,35\nMR-2,x\n");
        ImportPreview p = t.files.preview(session, file);
        assertEquals(1, p.valid().size());
        assertEquals(
                List.of(
                        "training.import.notInSession",
                        "training.import.unknownSoldier",
                        "training.score.range",
                        "training.import.duplicateRow",
                        "training.import.wrongFieldCount"),
                p.rejected().stream().map(r -> r.problems().get(0).messageKey()).toList());
        assertTrue(
                t.service.detail(session).lines().stream().allMatch(l -> l.raw().isEmpty()), "a preview saves nothing");
        assertEquals(1, t.files.importValid(session, file));
        SessionDetail d = t.service.detail(session);
        assertEquals(
                "36",
                d.lines().stream()
                        .filter(l -> l.soldierId() == able.getId())
                        .findFirst()
                        .orElseThrow()
                        .raw()
                        .get("hits"));
        assertEquals(SessionState.DRAFT, d.summary().state(), "imported as a draft, not signed");
        assertTrue(t.recorded.isEmpty(), "drafts are not on the ledger");

        assertEquals(0, t.files.importValid(session, file));
        ImportPreview again = t.files.preview(session, file);
        assertTrue(again.valid().isEmpty());
        assertEquals(
                "training.import.alreadyRecorded",
                again.rejected().get(0).problems().get(0).messageKey());
    }

    @Test
    void oversizedFilesAreRefusedUnread() {
        byte[] big = new byte[(int) ScoreFileService.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        ImportPreview p = t.files.preview(session, big);
        assertFalse(p.usable());
        assertEquals(
                ImportProblem.file("training.import.tooLarge", 2048L),
                p.fileProblems().get(0));
    }

    @Test
    void onlyTheSessionsCommandersImport() {
        byte[] file = csv("service_number,hits\nMR-1,36\n");
        t.p.commanderOf(t.p.bCoy, null);
        assertThrows(NotFoundException.class, () -> t.files.importValid(session, file));
        t.p.auditor();
        assertThrows(AccessDeniedException.class, () -> t.files.preview(session, file));
        t.p.soldierCaller(able);
        assertThrows(AccessDeniedException.class, () -> t.files.importValid(session, file));
    }

    @Test
    void exportIsFormulaSafeUtf8WithBomAndCarriesCorrections() {
        long third = t.service.detail(session).lines().stream()
                .filter(l -> l.serviceNumber().equals("MR-3"))
                .findFirst()
                .orElseThrow()
                .soldierId();
        t.service.saveDraft(
                session,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36")),
                        new SessionService.LineInput(baker.getId(), Attendance.PRESENT, Map.of("hits", "30")),
                        new SessionService.LineInput(third, Attendance.EXCUSED, Map.of())));
        assertThrows(TrainingRuleException.class, () -> t.files.export(session), "drafts are not exported");
        t.service.signOff(session);
        long bakerResult = t.correctionService.lines(session).get(1).resultId();
        t.correctionService.correct(bakerResult, Attendance.PRESENT, Map.of("hits", "31"), "recount");
        byte[] out = t.files.export(session);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(out, 3));
        String text = new String(out, 3, out.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertEquals("service_number,name,attendance,hits,passed,tier,total_points,corrected", lines.get(0));
        assertEquals("MR-1,\"Able, Test\",PRESENT,36,true,EXPERT,,", lines.get(1));
        assertEquals("MR-2,\"Baker, Test\",PRESENT,31,true,SHARPSHOOTER,,corrected", lines.get(2));
        assertEquals("MR-3,\"'=HYPERLINK(\"\"http://x\"\"), Test\",EXCUSED,,,,,", lines.get(3));
        t.p.auditor();
        assertEquals(out.length, t.files.export(session).length, "auditors may export");
    }
}
