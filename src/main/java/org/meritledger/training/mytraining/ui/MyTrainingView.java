package org.meritledger.training.mytraining.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.chart.Chart;
import org.meritledger.base.ui.chart.ChartDataset;
import org.meritledger.base.ui.chart.ChartSpec;
import org.meritledger.base.ui.chart.ChartType;
import org.meritledger.ledger.ui.VerifiesBadge;
import org.meritledger.training.correction.CorrectionSummary;
import org.meritledger.training.mytraining.MyResult;
import org.meritledger.training.mytraining.MyTrainingService;
import org.meritledger.training.mytraining.ResultReceipt;
import org.meritledger.training.mytraining.Trend;
import org.meritledger.training.standard.Attendance;

/**
 * A soldier's record: a trend chart per training type, then the timeline of signed results
 * (newest first) with tier or verdict, and for each the ledger entry that recorded it, whose
 * receipt can be checked and downloaded. The services return only the caller's own results.
 */
@Route("my-training")
@Menu(title = "nav.myTraining", order = 20, icon = "vaadin:chart")
@ForLinkedSoldier
@PermitAll
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    final Grid<MyResult> grid = new Grid<>(MyResult.class, false);
    final List<Chart> charts = new ArrayList<>();
    private final MyTrainingService mine;
    private final Map<Long, ResultReceipt> receipts = new HashMap<>();

    @Inject
    public MyTrainingView(MyTrainingService mine) {
        this.mine = mine;
        setId("my-training");
        setWidthFull();
        List<MyResult> results = mine.myResults();
        add(new H2(getTranslation("training.mine.title")));
        if (results.isEmpty()) {
            // the same words as My profile and Service record for an account without a soldier
            add(new Paragraph(getTranslation(mine.linkedToSoldier() ? "training.mine.none" : "me.noSoldier")));
        }
        Div trends = new Div();
        trends.setId("my-trends");
        trends.addClassName("trend-charts");
        trends.setWidthFull();
        for (Trend t : mine.trends(results)) {
            if (t.values().isEmpty()) {
                continue;
            }
            H3 heading = new H3(getTranslation("standard." + t.standardCode()));
            Chart chart = new Chart();
            chart.setId("trend-" + t.standardCode());
            trends.add(heading, chart);
            chart.show(
                    spec(t),
                    getTranslation(
                            "training.trend.describe",
                            getTranslation("standard." + t.standardCode()),
                            getTranslation(t.valueKey()),
                            t.values().size(),
                            format(t.values().get(t.values().size() - 1))));
            charts.add(chart);
        }
        add(trends);

        grid.setId("my-results");
        grid.addColumn(r -> Formats.WHEN.format(r.when()))
                .setKey("when")
                .setHeader(getTranslation("training.session.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("standard." + r.standardCode()) + " v" + r.standardVersion())
                .setKey("standard")
                .setHeader(getTranslation("training.session.standard"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.raw().entrySet().stream()
                        .map(e -> getTranslation("training.field." + e.getKey()) + ": " + e.getValue())
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("training.values"))
                .setFlexGrow(2);
        // a corrected result carries a sentence (what was signed off, by whom, why): wrap it, do not scroll
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::outcome)
                .setKey("outcome")
                .setHeader(getTranslation("training.sheet.outcome"))
                .setFlexGrow(2);
        grid.addColumn(MyResult::place).setHeader(getTranslation("training.session.place"));
        grid.addComponentColumn(this::entry)
                .setKey("entry")
                .setHeader(getTranslation("training.receipt.entry"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::verifies)
                .setKey("verifies")
                .setHeader(getTranslation("training.receipt.verdict"))
                .setAutoWidth(true);
        grid.setItems(results);
        grid.setAllRowsVisible(results.size() <= 50);
        // on a phone: what, and how it went (with the receipt a tap away on a wide screen)
        org.meritledger.base.ui.PhoneColumns.keepOnPhone(grid, "standard", "outcome");
        add(new H3(getTranslation("training.mine.timeline")), grid);
    }

    private ChartSpec spec(Trend t) {
        List<String> labels = t.when().stream().map(DAY::format).toList();
        List<ChartDataset> sets = new ArrayList<>();
        sets.add(ChartDataset.of(getTranslation(t.valueKey()), t.values()));
        for (Trend.Reference ref : t.references()) {
            sets.add(ChartDataset.referenceLine(getTranslation(ref.labelKey()), ref.value(), labels.size(), null));
        }
        return ChartSpec.of(ChartType.LINE, labels, sets).withYAxis(0.0, t.yMax(), getTranslation(t.valueKey()));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /**
     * The verdict that counts now; where a correction is in effect the soldier also sees what was
     * signed off, who corrected it and why (corrections never hide the original).
     */
    private com.vaadin.flow.component.Component outcome(MyResult r) {
        Span now = verdict(r.attendance(), r.passed(), r.tier(), r.totalPoints());
        CorrectionSummary c = r.correction();
        if (c == null) {
            return now;
        }
        Div cell = new Div(now);
        cell.addClassName("corrected-outcome");
        if (r.corrected()) {
            var was = c.original();
            String wasText = was.raw().entrySet().stream()
                    .map(e -> getTranslation("training.field." + e.getKey()) + ": " + e.getValue())
                    .sorted()
                    .collect(Collectors.joining(", "));
            String wasVerdict = verdict(was.attendance(), was.passed(), was.tier(), was.totalPoints())
                    .getText();
            Span note = new Span(getTranslation(
                    "training.mine.correctedNote",
                    c.correctedBy(),
                    wasText.isEmpty() ? wasVerdict : wasText + " · " + wasVerdict,
                    c.reason()));
            note.addClassName("correction-note");
            cell.add(new Div(note));
        }
        if (c.pendingApproval()) {
            Span pending = new Span(getTranslation("training.mine.correctionPending"));
            pending.getElement().getThemeList().add("badge contrast small");
            cell.add(new Div(pending));
        }
        return cell;
    }

    private Span verdict(
            Attendance attendance, Boolean passed, org.meritledger.training.standard.Tier tier, Integer points) {
        Span badge = new Span();
        if (attendance != Attendance.PRESENT) {
            badge.setText(getTranslation("training.attendance." + attendance.name()));
            badge.getElement().getThemeList().add("badge contrast");
            return badge;
        }
        String verdict = tier != null
                ? getTranslation("tier." + tier.name())
                : (points != null ? getTranslation("training.points", points) + " · " : "")
                        + getTranslation(Boolean.TRUE.equals(passed) ? "training.passed" : "training.failed");
        badge.setText(verdict);
        badge.getElement().getThemeList().add(Boolean.TRUE.equals(passed) ? "badge success" : "badge error");
        return badge;
    }

    private com.vaadin.flow.component.Component entry(MyResult r) {
        if (r.ledgerSeq() == null) {
            return new Span("–");
        }
        Button b = new Button(
                getTranslation("training.receipt.open", r.ledgerSeq()),
                e -> Problems.attempt(this, java.util.Map.of(), () -> {
                    // checked afresh when opened: the dialog is where a soldier looks closely
                    ResultReceipt receipt = mine.receipt(r.resultId());
                    receipts.put(r.resultId(), receipt);
                    new ReceiptDialog(receipt).open();
                }));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setId("receipt-" + r.resultId());
        return b;
    }

    /**
     * Checked as the grid renders the row (a soldier has tens of results, and each check reads
     * O(log n) ledger rows), and kept for the receipt dialog.
     */
    private Span verifies(MyResult r) {
        if (r.ledgerSeq() == null) {
            return new VerifiesBadge();
        }
        return VerifiesBadge.checking(
                () -> receipts.computeIfAbsent(r.resultId(), mine::receipt),
                ResultReceipt::verified,
                ResultReceipt::pending);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.mine.title");
    }
}
