package org.meritledger.training.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.GridPages;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.UnitPanel;
import org.meritledger.base.ui.chart.Chart;
import org.meritledger.base.ui.chart.ChartDataset;
import org.meritledger.base.ui.chart.ChartSpec;
import org.meritledger.base.ui.chart.ChartType;
import org.meritledger.security.Role;
import org.meritledger.training.dashboard.BenchmarkMix;
import org.meritledger.training.dashboard.DraftSession;
import org.meritledger.training.dashboard.DueSoldier;
import org.meritledger.training.dashboard.PassRates;
import org.meritledger.training.dashboard.QualificationMix;
import org.meritledger.training.dashboard.UnitChoice;
import org.meritledger.training.dashboard.UnitDashboardService;
import org.meritledger.training.session.ui.TrainingSessionView;
import org.meritledger.training.standard.Tier;
import org.meritledger.training.standard.TrainingKind;

/**
 * A unit's training at a glance, for the unit and everything below it: qualification mix against
 * the benchmark, pass rates per month, who is due for requalification, and sessions still in
 * draft, then what other features contribute for the unit ({@link UnitPanel}, e.g. tokens). The
 * unit picker offers only units the caller may open; the service checks again.
 */
@Route("training/dashboard")
@Menu(title = "nav.unitDashboard", order = 70, icon = "vaadin:dashboard")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class UnitDashboardView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    final ComboBox<UnitChoice> unit = new ComboBox<>();
    final Chart mixChart = new Chart();
    final Chart passChart = new Chart();
    final Paragraph mixSummary = new Paragraph();
    final Paragraph noPassRates = new Paragraph();
    final H3 dueHeading = new H3();
    final H3 draftHeading = new H3();
    final Grid<DueSoldier> due = new Grid<>(DueSoldier.class, false);
    final Grid<DraftSession> drafts = new Grid<>(DraftSession.class, false);
    private final UnitDashboardService dashboard;
    /** Other features' sections for the unit shown (e.g. tokens), through {@link UnitPanel}. */
    final Div panels = new Div();

    private List<UnitPanel> contributors = List.of();

    @Inject
    public UnitDashboardView(UnitDashboardService dashboard) {
        this.dashboard = dashboard;
        setId("unit-dashboard");
        setWidthFull();
        unit.setId("dashboard-unit");
        unit.setLabel(getTranslation("soldier.unit"));
        unit.setItemLabelGenerator(UnitChoice::path);
        unit.setWidth("28em");
        List<UnitChoice> choices = dashboard.units();
        unit.setItems(choices);
        mixChart.setId("mix-chart");
        passChart.setId("pass-chart");
        mixSummary.setId("mix-summary");
        noPassRates.setId("no-pass-rates");
        noPassRates.setText(getTranslation("training.dashboard.noPassRates"));

        due.setId("due-grid");
        due.addColumn(DueSoldier::serviceNumber)
                .setHeader(getTranslation("soldier.serviceNumber"))
                .setAutoWidth(true);
        due.addColumn(DueSoldier::name)
                .setHeader(getTranslation("training.sheet.name"))
                .setFlexGrow(2);
        due.addColumn(DueSoldier::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setFlexGrow(2);
        due.addColumn(d -> d.lastQualified() == null
                        ? getTranslation("training.dashboard.never")
                        : DAY.format(d.lastQualified()))
                .setHeader(getTranslation("training.dashboard.lastQualified"))
                .setAutoWidth(true);
        due.addColumn(d -> d.dueSince() == null ? "–" : DAY.format(d.dueSince()))
                .setHeader(getTranslation("training.dashboard.dueSince"))
                .setAutoWidth(true);
        due.setHeight("22em");

        drafts.setId("draft-grid");
        drafts.addComponentColumn(
                        d -> new RouterLink(Formats.WHEN.format(d.startsAt()), TrainingSessionView.class, d.id()))
                .setHeader(getTranslation("training.session.startsAt"))
                .setAutoWidth(true);
        drafts.addColumn(d -> getTranslation("standard." + d.standardCode()))
                .setHeader(getTranslation("training.session.standard"));
        drafts.addColumn(DraftSession::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setFlexGrow(2);
        drafts.addColumn(DraftSession::place).setHeader(getTranslation("training.session.place"));
        drafts.addColumn(DraftSession::participants)
                .setHeader(getTranslation("training.session.participants"))
                .setAutoWidth(true);
        drafts.setHeight("16em");

        add(
                new H2(getTranslation("training.dashboard.title")),
                unit,
                new H3(getTranslation("training.dashboard.mix")),
                mixSummary,
                mixChart,
                new H3(getTranslation("training.dashboard.passRates")),
                noPassRates,
                passChart,
                dueHeading,
                due,
                draftHeading,
                drafts,
                panels);
        panels.setId("unit-panels");
        panels.setWidthFull();
        unit.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Problems.attempt(this, Map.of(), () -> show(e.getValue().id()));
            }
        });
        if (choices.isEmpty()) {
            mixSummary.setText(getTranslation("training.dashboard.noUnits"));
        } else {
            unit.setValue(choices.get(0));
        }
    }

    /** Other features' panels (CDI calls this after the constructor). */
    @Inject
    void addPanels(jakarta.enterprise.inject.Instance<UnitPanel> found) {
        showPanels(found);
    }

    /** The same for view tests, with the panels given. */
    public void showPanels(Iterable<UnitPanel> found) {
        List<UnitPanel> list = new ArrayList<>();
        found.forEach(list::add);
        list.sort(java.util.Comparator.comparingInt(UnitPanel::order));
        contributors = list;
        if (unit.getValue() != null) {
            fillPanels(unit.getValue().id());
        }
    }

    private void fillPanels(long unitId) {
        panels.removeAll();
        for (UnitPanel p : contributors) {
            p.panel(unitId).ifPresent(panels::add);
        }
    }

    void show(long unitId) {
        fillPanels(unitId);
        QualificationMix mix = dashboard.mix(unitId);
        BenchmarkMix benchmark = dashboard.benchmark();
        List<String> labels = new ArrayList<>();
        List<Double> unitShare = new ArrayList<>();
        List<Double> benchShare = new ArrayList<>();
        for (Tier t : Tier.values()) {
            labels.add(getTranslation("tier." + t.name()));
            unitShare.add(mix.percent(t));
            benchShare.add((double) benchmark.percent(t));
        }
        labels.add(getTranslation("training.dashboard.noResult"));
        unitShare.add(mix.percentNoResult());
        benchShare.add(0.0);
        mixSummary.setText(getTranslation(
                "training.dashboard.mixSummary",
                mix.soldiers(),
                mix.count(Tier.EXPERT) + mix.count(Tier.SHARPSHOOTER) + mix.count(Tier.MARKSMAN),
                mix.noResult()));
        mixChart.show(
                ChartSpec.of(
                                ChartType.BAR,
                                labels,
                                List.of(
                                        ChartDataset.of(getTranslation("training.dashboard.unitShare"), unitShare),
                                        ChartDataset.of(getTranslation("training.dashboard.benchmark"), benchShare)))
                        .withYAxis(0.0, 100.0, "%"),
                getTranslation(
                        "training.dashboard.mixDescribe",
                        unit.getValue() == null ? "" : unit.getValue().path()));

        PassRates rates = dashboard.passRates(unitId);
        List<String> months = rates.months().stream().map(Object::toString).toList();
        List<ChartDataset> sets = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            List<Double> row = rates.percent().get(k);
            if (row != null) {
                sets.add(ChartDataset.of(getTranslation("training.kind." + k.name()), row));
            }
        }
        // an empty chart says nothing: without graded results in the period, say so in words
        noPassRates.setVisible(sets.isEmpty());
        passChart.setVisible(!sets.isEmpty());
        passChart.show(
                ChartSpec.of(ChartType.LINE, months, sets).withYAxis(0.0, 100.0, "%"),
                getTranslation(
                        "training.dashboard.passDescribe",
                        months.isEmpty() ? "" : months.get(0),
                        months.isEmpty() ? "" : months.get(months.size() - 1)));

        long dueCount = dashboard.countDue(unitId);
        dueHeading.setText(getTranslation("training.dashboard.due", dashboard.requalifyMonths(), dueCount));
        due.setItems(q -> dashboard.due(unitId, GridPages.of(q)).stream(), q -> (int) dashboard.countDue(unitId));
        long draftCount = dashboard.countDrafts(unitId);
        draftHeading.setText(getTranslation("training.dashboard.drafts", draftCount));
        drafts.setItems(
                q -> dashboard.drafts(unitId, GridPages.of(q)).stream(), q -> (int) dashboard.countDrafts(unitId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.dashboard.title");
    }
}
