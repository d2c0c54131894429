package org.meritledger.training.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.PageRequest;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.base.ui.chart.Chart;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.training.dashboard.BenchmarkMix;
import org.meritledger.training.dashboard.DueSoldier;
import org.meritledger.training.dashboard.PassRates;
import org.meritledger.training.dashboard.TrainingSettings;
import org.meritledger.training.dashboard.TrainingStatistics;
import org.meritledger.training.dashboard.UnitChoice;
import org.meritledger.training.dashboard.UnitDashboardService;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * The dashboard view over the real service (scope, settings, date arithmetic) with the database
 * figures given by a fake; the SQL itself is tested in TrainingInsightIT.
 */
class UnitDashboardViewTest {

    private InMemoryPersonnel p;
    private final List<Collection<Long>> asked = new ArrayList<>();
    private UnitDashboardService service;

    /** Figures as the database would count them for Alpha company's first platoon. */
    private final class Figures implements TrainingStatistics {
        @Override
        public Map<Tier, Long> latestQualificationTiers(Collection<Long> unitIds) {
            asked.add(Set.copyOf(unitIds));
            return Map.of(Tier.EXPERT, 1L, Tier.SHARPSHOOTER, 1L, Tier.UNQUALIFIED, 1L);
        }

        @Override
        public List<PassRates.SessionTally> sessionTallies(Collection<Long> unitIds, Instant since) {
            return List.of(
                    new PassRates.SessionTally(Instant.parse("2026-11-02T09:00:00Z"), TrainingKind.MARKSMANSHIP, 4, 3),
                    new PassRates.SessionTally(Instant.parse("2026-10-02T09:00:00Z"), TrainingKind.FITNESS, 2, 1));
        }

        @Override
        public List<DueRow> dueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore, PageRequest page) {
            // the service asks for qualifications shot before the day after the last due day (12 months)
            assertEquals(Instant.parse("2025-11-22T00:00:00Z"), qualifiedBefore);
            List<DueRow> all = List.of(
                    new DueRow(1, "MR-3", "Charlie", "C", p.a1.getId(), null),
                    new DueRow(2, "MR-4", "Delta", "D", p.a1.getId(), Instant.parse("2025-11-21T10:00:00Z")));
            return all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
        }

        @Override
        public long countDueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore) {
            return 2;
        }

        @Override
        public List<DraftRow> drafts(Collection<Long> unitIds, PageRequest page) {
            return List.of(new DraftRow(
                    77, "rifle-qualification", p.a1.getId(), Instant.parse("2026-11-20T09:00:00Z"), "Range 3", 15));
        }

        @Override
        public long countDrafts(Collection<Long> unitIds) {
            return 1;
        }
    }

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(
                new Routes().autoDiscoverViews("org.meritledger.training.session.ui"), UI::new); // links to sessions
        UI.getCurrent().setLocale(Locale.ENGLISH);
        p = new InMemoryPersonnel().withBattalion();
        for (int i = 0; i < 4; i++) {
            p.soldier("MR-" + i, "Soldier" + i, p.a1);
        }
        p.soldier("MR-9", "Bravo", p.b1);
        service = new UnitDashboardService(
                new Figures(),
                p.soldiers,
                p.scope,
                p.callers,
                new TrainingSettings("12", BenchmarkMix.DEFAULT),
                p.clock);
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    @Test
    void aCommanderSeesTheirUnitsMixAgainstTheBenchmarkPassRatesDueSoldiersAndDrafts() {
        p.commanderOf(p.a1, null);
        UnitDashboardView view = new UnitDashboardView(service);
        UI.getCurrent().add(view);
        assertTrue(view.passChart.isVisible());
        assertTrue(!view.noPassRates.isVisible());

        @SuppressWarnings("unchecked")
        ComboBox<UnitChoice> unit = _get(ComboBox.class, spec -> spec.withId("dashboard-unit"));
        assertEquals(p.a1.getId(), unit.getValue().id());
        assertEquals(List.of(Set.of(p.a1.getId())), asked);

        Chart mix = _get(Chart.class, spec -> spec.withId("mix-chart"));
        // 4 active soldiers: Expert, Sharpshooter, Unqualified, and one without a result
        assertEquals(
                List.of(25.0, 25.0, 0.0, 25.0, 25.0),
                mix.spec().datasets().get(0).values());
        assertEquals(
                List.of(20.0, 30.0, 40.0, 10.0, 0.0),
                mix.spec().datasets().get(1).values());
        assertEquals("No result yet", mix.spec().labels().get(4));
        assertTrue(mix.description().contains("1st Platoon A"), mix.description());

        Chart pass = _get(Chart.class, spec -> spec.withId("pass-chart"));
        assertEquals(12, pass.spec().labels().size());
        assertEquals("2026-11", pass.spec().labels().get(11));
        assertEquals("Marksmanship", pass.spec().datasets().get(0).label());
        assertEquals(75.0, pass.spec().datasets().get(0).values().get(11));
        assertEquals(50.0, pass.spec().datasets().get(1).values().get(10));

        @SuppressWarnings("unchecked")
        Grid<DueSoldier> due = _get(Grid.class, spec -> spec.withId("due-grid"));
        assertEquals(2, _size(due));
        assertEquals("Never", _getFormattedRow(due, 0).get(3));
        assertEquals(
                List.of(
                        "MR-4",
                        "Delta, D",
                        "1st Battalion / Alpha Company / 1st Platoon A",
                        "2025-11-21",
                        "2026-11-21"),
                _getFormattedRow(due, 1));
        assertTrue(_get(
                        H3.class,
                        spec -> spec.withText(
                                "Due for requalification (last qualification 12 or more months ago, or never): 2"))
                .isVisible());

        @SuppressWarnings("unchecked")
        Grid<org.meritledger.training.dashboard.DraftSession> drafts =
                _get(Grid.class, spec -> spec.withId("draft-grid"));
        assertEquals(77, _get(drafts, 0).id());
    }

    @Test
    void theUnitPickerOffersOnlyTheCommandAndTheServiceRefusesOtherUnits() {
        p.commanderOf(p.aCoy, null);
        UI.getCurrent().add(new UnitDashboardView(service));
        @SuppressWarnings("unchecked")
        ComboBox<UnitChoice> unit = _get(ComboBox.class, spec -> spec.withId("dashboard-unit"));
        List<Long> offered =
                unit.getListDataView().getItems().map(UnitChoice::id).toList();
        assertEquals(Set.of(p.aCoy.getId(), p.a1.getId(), p.a2.getId()), Set.copyOf(offered));
        _setValue(
                unit,
                unit.getListDataView()
                        .getItems()
                        .filter(u -> u.id() == p.a2.getId())
                        .findFirst()
                        .orElseThrow());
        assertEquals(Set.of(p.a2.getId()), asked.get(asked.size() - 1));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> service.mix(p.bCoy.getId()));
        assertEquals("error.outOfScope", refused.messageKey());
        p.soldierCaller(p.soldiers.findByServiceNumber("MR-1").orElseThrow());
        assertThrows(AccessDeniedException.class, () -> service.units());
    }
}
