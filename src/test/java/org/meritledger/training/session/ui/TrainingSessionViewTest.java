package org.meritledger.training.session.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.personnel.Soldier;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.standard.Attendance;

/** Karibu: the session page (results, who sees what, the CSV export link) and its CSV import dialog. */
class TrainingSessionViewTest {

    private InMemoryTraining t;
    private Soldier able;
    private Soldier baker;
    private long session;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        t = new InMemoryTraining();
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        t.catalog.seedShipped();
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        t.p.commanderOf(t.p.aCoy, null);
        session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    private void signOff() {
        t.service.saveDraft(
                session,
                List.of(
                        new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36")),
                        new SessionService.LineInput(baker.getId(), Attendance.PRESENT, Map.of("hits", "30"))));
        t.service.signOff(session);
    }

    private TrainingSessionView open() {
        TrainingSessionView view = new TrainingSessionView(t.service, t.correctionService, t.files, t.p.callers);
        UI.getCurrent().add(view);
        view.setParameter(null, session);
        return view;
    }

    /** The dialog a click opened (Vaadin attaches it at the next round trip). */
    private static <T extends Component> T opened(Class<T> type) {
        MockVaadin.clientRoundtrip();
        return LocatorJ._get(type);
    }

    private static Button button(Component cell, int index) {
        return (Button) ((HorizontalLayout) cell).getComponentAt(index);
    }

    private static Button signOffButton() {
        return LocatorJ._get(Button.class, spec -> spec.withId("session-sign-off"));
    }

    private static String blockedReason(TrainingSessionView view) {
        return view.signOffBlocked.isVisible() ? view.signOffBlocked.getText() : "";
    }

    @Test
    void signOffIsDisabledWithTheNamesWhileAnyLineIsInvalidAndEnabledOnceAllAre() {
        TrainingSessionView view = open();
        assertFalse(signOffButton().isEnabled(), "nothing entered yet");
        assertEquals(
                "2 participants have no valid score and are not marked absent or excused: Able, Test (MR-1); Baker, Test (MR-2).",
                blockedReason(view));
        var lines = view.sheet.lines();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(lines.get(0).box("hits"), "36");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                lines.get(1).box("hits"), "41"); // above the 40 targets: marked on the sheet
        assertFalse(signOffButton().isEnabled());
        assertEquals(
                "1 participant has no valid score and is not marked absent or excused: Baker, Test (MR-2).",
                blockedReason(view));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(lines.get(1).attendanceSelect(), Attendance.EXCUSED);
        assertTrue(signOffButton().isEnabled());
        assertEquals("", blockedReason(view));
    }

    @Test
    void aCommanderWhoseOwnResultIsOnTheSheetCannotSignItOff() {
        t.p.commanderOf(t.p.a1, able.getId()); // the platoon leader is a member of his platoon
        TrainingSessionView view = open();
        var lines = view.sheet.lines();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(lines.get(0).box("hits"), "40");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(lines.get(1).box("hits"), "30");
        assertFalse(signOffButton().isEnabled());
        assertTrue(blockedReason(view).startsWith("Nobody signs off their own result"), blockedReason(view));
    }

    @Test
    void csvImportPreviewsImportsAndSaysNothingNewTheSecondTime() {
        TrainingSessionView view = open();
        assertNull(view.results, "no results grid on a draft");
        _click(view.importButton);
        ScoreImportDialog dialog = opened(ScoreImportDialog.class);
        byte[] file = "service_number,hits\nMR-1,36\nMR-404,20\nMR-2,x\n".getBytes(StandardCharsets.UTF_8);
        dialog.accept(file);
        assertEquals(3, _size(dialog.preview));
        assertEquals(
                "service_number: No soldier has the service number MR-404.",
                _get(dialog.preview, 1).problems());
        assertTrue(
                _get(dialog.preview, 2).problems().startsWith("hits: "),
                _get(dialog.preview, 2).problems());
        assertTrue(dialog.importButton.isEnabled());
        assertEquals("Import 1 valid row", dialog.importButton.getText());
        assertTrue(dialog.report.isVisible());
        _click(dialog.importButton);
        assertFalse(dialog.isOpened());
        assertEquals(SessionState.DRAFT, t.service.detail(session).summary().state());
        assertEquals("36", view.sheet.lines().get(0).box("hits").getValue(), "the sheet shows the imported line");

        _click(view.importButton);
        ScoreImportDialog again = opened(ScoreImportDialog.class);
        again.accept(file);
        assertFalse(again.importButton.isEnabled());
        assertEquals(
                "Nothing new to import: 1 row of this file is already on the sheet; 2 other rows have problems (see below).",
                again.summary.getText());
        assertEquals(
                "service_number: MR-1 already has a result in this session; it is not imported again.",
                _get(again.preview, 0).problems());
    }

    @Test
    void oversizedFilesAreRefusedWithTheLimit() {
        TrainingSessionView view = open();
        _click(view.importButton);
        ScoreImportDialog dialog = opened(ScoreImportDialog.class);
        dialog.accept(new byte[3 * 1024 * 1024]);
        assertEquals(
                "The file is larger than 2048 KiB. Split it or export only this session's results.",
                dialog.summary.getText());
        assertFalse(dialog.importButton.isEnabled());
        assertEquals(2048 * 1024, dialog.upload.getMaxFileSize());
        assertEquals(
                "The file is larger than 2048 KiB. Split it or export only this session's results.",
                dialog.upload.getI18n().getError().getFileIsTooBig(),
                "the browser's own refusal says the same");
    }

    @Test
    void anotherCompanysCommanderOpeningTheSessionUrlSeesNothingOfIt() {
        signOff();
        t.p.commanderOf(t.p.bCoy, null);
        TrainingSessionView view = open();
        assertNull(view.sheet, "no score sheet");
        assertNull(view.results, "no results");
        assertNull(view.importButton);
        assertEquals(
                List.of("That record does not exist or is outside your command."),
                view.getChildren().map(c -> c.getElement().getText()).toList());
    }

    @Test
    void auditorsReadResultsButGetNoCorrectButton() {
        signOff();
        t.p.auditor();
        TrainingSessionView view = open();
        assertEquals(2, _size(view.results));
        assertTrue(view.results.getColumnByKey("actions").isFrozenToEnd(), "History stays in reach");
        assertNotNull(view.export);
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.results, 0, "actions");
        assertEquals(1, actions.getComponentCount(), "History only");
        assertEquals("History", button(actions, 0).getText());
    }
}
