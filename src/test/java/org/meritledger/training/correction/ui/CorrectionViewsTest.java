package org.meritledger.training.correction.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteConfiguration;
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
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.ui.TrainingSessionView;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/** Karibu: Correct and History from a signed-off session's page, and pending approvals. */
class CorrectionViewsTest {

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

    /** The session page's results grid (the page is training.session.ui's; this package only adds dialogs to it). */
    @SuppressWarnings("unchecked")
    private static Grid<ResultLine> results(TrainingSessionView view) {
        return LocatorJ._get(view, Grid.class, spec -> spec.withId("session-results"));
    }

    private static Button button(Component cell, int index) {
        return (Button) ((HorizontalLayout) cell).getComponentAt(index);
    }

    @Test
    void aCorrectionWithinTheTierShowsAtOnceWithItsHistory() {
        signOff();
        TrainingSessionView view = open();
        assertEquals(2, _size(results(view)));
        _click(button(_getCellComponent(results(view), 0, "actions"), 0));
        CorrectionDialog dialog = opened(CorrectionDialog.class);
        assertEquals("36", dialog.sheet.lines().get(0).box("hits").getValue(), "starts from the values that count");
        _setValue(dialog.sheet.lines().get(0).box("hits"), "38");
        assertEquals("Expert", dialog.sheet.lines().get(0).outcome().getText());
        assertTrue(dialog.approvalNote.getText().startsWith("The tier stays the same"), dialog.approvalNote.getText());
        _click(dialog.save);
        assertTrue(dialog.reason.isInvalid(), "a reason is required");
        assertEquals("A correction needs a reason.", dialog.reason.getErrorMessage());
        _setValue(dialog.reason, "Lane 4 recount");
        _click(dialog.save);
        assertFalse(dialog.isOpened());

        // the page was rebuilt: the first line is marked corrected and counts 38 hits
        ResultLine first = _get(results(view), 0);
        assertEquals(ResultLine.Mark.CORRECTED, first.mark());
        assertEquals("36", first.original().raw().get("hits"));
        assertEquals("38", first.effective().raw().get("hits"));
        _click(button(_getCellComponent(results(view), 0, "actions"), 1));
        ResultHistoryDialog history = opened(ResultHistoryDialog.class);
        assertEquals(2, _size(history.grid));
        assertEquals("Signed off", _get(history.grid, 0).label());
        assertEquals("36", _get(history.grid, 0).values().raw().get("hits"));
        assertEquals("38", _get(history.grid, 1).values().raw().get("hits"));
        assertEquals("Lane 4 recount", _get(history.grid, 1).reason());
        assertEquals("In effect", _get(history.grid, 1).state());
        assertEquals("Counts now: Expert (Hits 38)", history.counts.getText());
    }

    @Test
    void aCorrectionWithoutAReasonMarksTheReasonFieldAndNoToastCoversTheDialog() {
        signOff();
        TrainingSessionView view = open();
        CorrectionDialog dialog = new CorrectionDialog(
                t.correctionService, t.service.detail(session).standard(), _get(results(view), 1), () -> {});
        UI.getCurrent().add(dialog);
        dialog.open();
        _setValue(dialog.sheet.lines().get(0).box("hits"), "38");
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        _click(dialog.save);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications();
        assertTrue(dialog.isOpened());
        assertTrue(dialog.reason.isInvalid());
        assertFalse(dialog.reason.getErrorMessage().isBlank());
        assertEquals(
                "Correct the marked field: Reason.",
                com.github.mvysny.kaributesting.v10.LocatorJ._get(
                                dialog, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-summary"))
                        .getText());
    }

    @Test
    void aTierChangeWaitsAndTheAuthorCannotApproveItButAnotherCommanderCan() {
        signOff();
        TrainingSessionView view = open();
        CorrectionDialog dialog = new CorrectionDialog(
                t.correctionService, t.service.detail(session).standard(), _get(results(view), 1), () -> {});
        UI.getCurrent().add(dialog);
        _setValue(dialog.sheet.lines().get(0).box("hits"), "36");
        assertTrue(dialog.approvalNote.getText().startsWith("This changes the tier"), dialog.approvalNote.getText());
        _setValue(dialog.reason, "Scorer misread lane 7");
        _click(dialog.save);
        assertEquals(
                Tier.SHARPSHOOTER,
                t.correctionService.lines(session).get(1).effective().tier());

        PendingCorrectionsView mine = new PendingCorrectionsView(t.correctionService);
        UI.getCurrent().add(mine);
        assertEquals(1, _size(mine.grid));
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(TrainingSessionView.class);
        assertEquals(
                RouteConfiguration.forApplicationScope().getUrl(TrainingSessionView.class, session),
                ((Anchor) _getCellComponent(mine.grid, 0, "session")).getHref(),
                "the link opens the session page");
        assertEquals(
                0,
                ((HorizontalLayout) _getCellComponent(mine.grid, 0, "actions")).getComponentCount(),
                "the author gets no Approve / Reject");

        t.p.admin();
        PendingCorrectionsView admins = new PendingCorrectionsView(t.correctionService);
        UI.getCurrent().add(admins);
        _click(button(_getCellComponent(admins.grid, 0, "actions"), 0));
        assertEquals(0, _size(admins.grid));
        assertEquals(
                Tier.EXPERT,
                t.correctionService.lines(session).get(1).effective().tier());
    }

    @Test
    void rejectingAsksForAReason() {
        signOff();
        long c = t.correctionService.correct(
                t.correctionService.lines(session).get(1).resultId(), Attendance.ABSENT, Map.of(), "Was on guard");
        t.p.admin();
        PendingCorrectionsView view = new PendingCorrectionsView(t.correctionService);
        UI.getCurrent().add(view);
        // Approve/Reject stay in reach: frozen to the grid's end, long text wraps
        assertTrue(view.grid.getColumnByKey("actions").isFrozenToEnd());
        assertTrue(view.grid.getThemeNames().contains("wrap-cell-content"));
        var d = view.rejectDialog(_get(view.grid, 0));
        d.open();
        Button confirm = (Button) d.getFooter()
                .getElement()
                .getChildren()
                .map(e -> e.getComponent().orElseThrow())
                .filter(x -> "reject-confirm".equals(x.getId().orElse("")))
                .findFirst()
                .orElseThrow();
        _click(confirm);
        assertEquals(1, _size(view.grid), "not rejected without a reason");
        com.vaadin.flow.component.textfield.TextArea reason = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                d, com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("reject-reason"));
        assertTrue(reason.isInvalid());
        assertEquals(org.meritledger.training.correction.Correction.REASON.maxLength(), reason.getMaxLength());
        _setValue(reason, "Range log shows him firing");
        _click(confirm);
        assertEquals(0, _size(view.grid));
        assertEquals(
                "REJECTED",
                t.correctionService
                        .history(t.correctionService.lines(session).get(1).resultId())
                        .corrections()
                        .get(0)
                        .status()
                        .name());
        assertNull(t.corrections.find(c).orElseThrow().values().passed());
    }
}
