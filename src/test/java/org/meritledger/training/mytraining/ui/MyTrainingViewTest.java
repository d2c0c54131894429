package org.meritledger.training.mytraining.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.base.ui.chart.Chart;
import org.meritledger.base.ui.chart.ChartDataset;
import org.meritledger.personnel.Soldier;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.mytraining.InMemoryReceipts;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.mytraining.MyTrainingService;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.standard.Attendance;

/** "My training" with real services over in-memory data and a real (in-memory) hash chain behind the receipts. */
class MyTrainingViewTest {

    private InMemoryTraining t;
    private InMemoryReceipts receipts;
    private Soldier able;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        t = new InMemoryTraining();
        receipts = new InMemoryReceipts(t.recorded);
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        t.catalog.seedShipped();
        range("2026-03-02T09:00", "24");
        range("2026-09-01T09:00", "37");
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    private void range(String when, String hits) {
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        t.p.commanderOf(t.p.aCoy, null);
        long id = t.service.create(
                new SessionDraft(rifle, t.p.a1.getId(), LocalDateTime.parse(when), "Range 3", "CPT Zhang"));
        t.service.saveDraft(
                id, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", hits))));
        t.service.signOff(id);
    }

    private MyTrainingView open() {
        t.p.soldierCaller(able);
        MyTrainingView view = new MyTrainingView(new MyTrainingService(
                t.results,
                t.sessions,
                t.standards,
                t.p.callers,
                receipts,
                t.correctionService,
                t.p.accounts,
                receipts));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aStaffAccountIsToldItIsNotLinkedToASoldierAsOnMyProfile() {
        t.p.admin();
        UI.getCurrent()
                .add(new MyTrainingView(new MyTrainingService(
                        t.results,
                        t.sessions,
                        t.standards,
                        t.p.callers,
                        receipts,
                        t.correctionService,
                        t.p.accounts,
                        receipts)));
        assertTrue(_get(
                        com.vaadin.flow.component.html.Paragraph.class,
                        spec -> spec.withText("Your account is not linked to a soldier record."))
                .isVisible());
    }

    @Test
    void timelineWithTierBadgesAndATrendChartWithTierThresholds() {
        MyTrainingView view = open();
        @SuppressWarnings("unchecked")
        Grid<MyResult> grid = _get(Grid.class, spec -> spec.withId("my-results"));
        assertEquals(2, _size(grid));
        Chart chart = _get(Chart.class, spec -> spec.withId("trend-rifle-qualification"));
        List<ChartDataset> sets = chart.spec().datasets();
        assertEquals("Hits", sets.get(0).label());
        assertEquals(List.of(24.0, 37.0), sets.get(0).values(), "oldest first");
        assertEquals(
                List.of("Expert", "Sharpshooter", "Marksman"),
                sets.subList(1, 4).stream().map(ChartDataset::label).toList());
        assertEquals(36.0, sets.get(1).values().get(0));
        assertTrue(chart.description().contains("Rifle marksmanship qualification"), chart.description());
        assertTrue(chart.description().contains("latest 37"), chart.description());
        assertNotNull(chart.dataDetails().getContent(), "the numbers are there as a table too");
        assertEquals(1, view.charts.size());
        Span newest = (Span) _getCellComponent(grid, 0, "outcome");
        assertEquals("Expert", newest.getText());
        assertEquals("Yes", ((Span) _getCellComponent(grid, 0, "verifies")).getText(), "checked for every row");
        assertEquals("Yes", ((Span) _getCellComponent(grid, 1, "verifies")).getText());
    }

    @Test
    void theReceiptVerifiesUntilItsEntryIsAltered() {
        open();
        @SuppressWarnings("unchecked")
        Grid<MyResult> grid = _get(Grid.class, spec -> spec.withId("my-results"));
        MyResult newest = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        Button entry = (Button) _getCellComponent(grid, 0, "entry");
        assertEquals("Entry " + newest.ledgerSeq(), entry.getText());
        _click(entry);
        assertEquals(
                "Yes: the entry is in the signed ledger and records this result",
                _get(Span.class, spec -> spec.withId("receipt-verdict")).getText());
        assertNotNull(
                _get(Anchor.class, spec -> spec.withId("receipt-download")).getHref());
        _get(ReceiptDialog.class).close();
        MockVaadin.clientRoundtrip();

        receipts.alterPayload(
                newest.ledgerSeq(), receipts.entry(newest.ledgerSeq()).payload().replace("EXPERT", "MARKSMAN"));
        _click(entry);
        assertEquals(
                "No", _get(Span.class, spec -> spec.withId("receipt-verdict")).getText());
    }

    @Test
    void aCorrectedResultShowsTheValueThatCountsAndWhatWasSignedOffByWhomAndWhy() {
        long march = t.results.signedOf(able.getId()).stream()
                .filter(r -> "24".equals(r.raw().get("hits")))
                .findFirst()
                .orElseThrow()
                .getId();
        t.p.commanderOf(t.p.aCoy, null);
        t.correctionService.correct(march, Attendance.PRESENT, Map.of("hits", "25"), "Lane 2 target recounted");
        open();
        @SuppressWarnings("unchecked")
        Grid<MyResult> grid = _get(Grid.class, spec -> spec.withId("my-results"));
        assertEquals(
                Map.of("hits", "25"),
                grid.getGenericDataView().getItems().toList().get(1).raw(),
                "the value that counts");
        String cell = ((com.vaadin.flow.component.html.Div) _getCellComponent(grid, 1, "outcome"))
                .getElement()
                .getTextRecursively();
        assertTrue(cell.startsWith("Marksman"), cell);
        assertTrue(cell.contains("signed off as Hits: 24 · Marksman"), cell);
        assertTrue(cell.contains("Lane 2 target recounted"), cell);
        assertTrue(cell.contains("Corrected by "), cell);
    }
}
