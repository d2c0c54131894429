package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.chart.Chart;
import org.meritledger.base.ui.chart.ChartDataset;
import org.meritledger.base.ui.chart.ChartSpec;
import org.meritledger.base.ui.chart.ChartType;
import org.meritledger.ledger.ui.EntryReceiptDialog;
import org.meritledger.ledger.ui.VerifiesBadge;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.mytokens.BalanceTimeline;
import org.meritledger.rewards.mytokens.MovementReceipt;
import org.meritledger.rewards.mytokens.MyTokensService;
import org.meritledger.rewards.mytokens.TokenLine;
import org.meritledger.rewards.mytokens.TokenSummary;

/**
 * A soldier's tokens: balance, held and available, the tokens available over time as a chart, and the
 * lazy history, each row with the ledger entry that recorded it, whether its receipt verifies
 * (the receipt opens from the entry, to download as JSON or PDF) and, on a deduction, the appeal
 * (or the button to file one). Without a parameter
 * the caller's own; {@code my-tokens/ID} shows soldier ID to commanders over them, auditors and
 * administrators (the service decides), read-only.
 */
@Route("my-tokens")
@Menu(title = "nav.myTokens", order = 35, icon = "vaadin:coin-piles")
@ForLinkedSoldier
@PermitAll
public class MyTokensView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final MyTokensService tokens;
    private final AppealService appeals;
    final H2 title = new H2();
    final Span balance = new Span();
    final Span heldAndAvailable = new Span();
    final Paragraph notice = new Paragraph();
    final Chart chart = new Chart();
    final H3 chartHeading = new H3();
    private final Map<Long, MovementReceipt> receipts = new HashMap<>();
    final ComboBox<MovementKind> kind = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<TokenLine> grid = new Grid<>();
    private Long soldierId;

    @Inject
    public MyTokensView(MyTokensService tokens, AppealService appeals) {
        this.tokens = tokens;
        this.appeals = appeals;
        setId("my-tokens");
        setWidthFull();
        balance.setId("token-balance");
        balance.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        heldAndAvailable.setId("token-held-available");
        chart.setId("token-chart");
        chart.getElement().getStyle().set("max-width", "48em");
        kind.setLabel(getTranslation("rewards.filter.kind"));
        kind.setItems(MovementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setClearButtonVisible(true);
        from.setLabel(getTranslation("rewards.filter.from"));
        to.setLabel(getTranslation("rewards.filter.to"));
        kind.setId("token-kind-filter");
        from.setId("token-from");
        to.setId("token-to");
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(l -> Formats.WHEN.format(l.at()))
                .setHeader(getTranslation("rewards.col.date"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.kind().translationKey()))
                .setKey("kind")
                .setHeader(getTranslation("rewards.col.kind"));
        grid.addColumn(l -> (l.amount() > 0 ? "+" : "") + l.amount())
                .setKey("amount")
                .setHeader(getTranslation("rewards.col.amount"));
        grid.addColumn(l -> l.category(getLocale())).setHeader(getTranslation("rewards.col.category"));
        grid.addColumn(TokenLine::reason)
                .setHeader(getTranslation("rewards.col.reason"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.by() == null ? getTranslation("rewards.system") : l.by())
                .setHeader(getTranslation("rewards.col.by"));
        grid.addComponentColumn(this::entryCell)
                .setKey("entry")
                .setHeader(getTranslation("rewards.col.entry"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::verifiesCell)
                .setKey("verifies")
                .setHeader(getTranslation("training.receipt.verdict"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::appealCell)
                .setKey("appeal")
                .setHeader(getTranslation("rewards.col.appeal"))
                .setFlexGrow(2);
        grid.setWidthFull();
        grid.setHeight("30em"); // a lazy grid needs its own height: it fetches what fits
        grid.setId("token-history");
        // on a phone: what and how many, and the appeal a deduction allows
        org.meritledger.base.ui.PhoneColumns.keepOnPhone(grid, "kind", "amount", "appeal");
        add(
                title,
                balance,
                heldAndAvailable,
                notice,
                chartHeading,
                chart,
                new H3(getTranslation("rewards.my.history")),
                new HorizontalLayout(kind, from, to),
                grid);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        this.soldierId = parameter;
        show();
    }

    void show() {
        TokenSummary s;
        try {
            s = tokens.summary(soldierId);
        } catch (NotFoundException e) {
            title.setText(getTranslation("rewards.my.title"));
            balance.setText("");
            heldAndAvailable.setText("");
            notice.setText(getTranslation("rewards.my.notSoldier"));
            grid.setVisible(false);
            chart.setVisible(false);
            chartHeading.setVisible(false);
            return;
        }
        title.setText(soldierId == null ? getTranslation("rewards.my.title") : s.soldier());
        // the balance counts what pending requests hold; available is what can be spent now
        balance.setText(getTranslation("rewards.my.balance") + ": " + getTranslation("rewards.tokens", s.owned()));
        heldAndAvailable.setText(getTranslation(
                "rewards.my.heldAvailable",
                getTranslation("rewards.tokens", s.held()),
                getTranslation("rewards.tokens", s.available())));
        showChart(tokens.timeline(soldierId));
        receipts.clear();
        notice.setText(s.frozen() ? getTranslation("rewards.my.frozen") : getTranslation("rewards.my.belowZero"));
        grid.setItems(q -> tokens.history(soldierId, filter(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) tokens.count(soldierId, filter()));
    }

    private void showChart(BalanceTimeline t) {
        chartHeading.setText(getTranslation("rewards.my.overTime"));
        chart.setVisible(!t.isEmpty());
        chartHeading.setVisible(!t.isEmpty());
        if (t.isEmpty()) {
            return;
        }
        List<Double> values = t.balances().stream().map(Long::doubleValue).toList();
        // the movements' running sum, in which a pending request's hold has already taken its
        // tokens: what was available, not the balance above (which counts held tokens too)
        String label = getTranslation("rewards.my.available");
        chart.show(
                ChartSpec.of(ChartType.LINE, t.labels(), List.of(ChartDataset.of(label, values)))
                        .withYAxis(null, null, getTranslation("rewards.col.amount")),
                getTranslation(
                        t.monthly() ? "rewards.my.chartMonthly" : "rewards.my.chartDaily",
                        t.labels().get(0),
                        t.labels().get(t.labels().size() - 1),
                        t.balances().get(t.balances().size() - 1)));
    }

    /** The entry number opens its receipt, checked afresh (the dialog is where one looks closely). */
    private Component entryCell(TokenLine l) {
        if (l.ledgerSeq() == null) {
            return new Span("–");
        }
        Button b = new Button(
                getTranslation("rewards.entry", l.ledgerSeq()),
                e -> Problems.attempt(this, Map.of(), () -> {
                    MovementReceipt r = tokens.receipt(l.id());
                    receipts.put(l.id(), r);
                    new EntryReceiptDialog(r.ledger(), r.recordsThisMovement(), "rewards.receipt.otherRecord").open();
                }));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setId("receipt-" + l.id());
        return b;
    }

    /**
     * Checked as the lazy grid renders the row: only the rows on screen (each check reads O(log n)
     * ledger rows), kept for the receipt dialog until the page is shown again.
     */
    private Span verifiesCell(TokenLine l) {
        if (l.ledgerSeq() == null) {
            return new VerifiesBadge();
        }
        return VerifiesBadge.checking(
                () -> receipts.computeIfAbsent(l.id(), tokens::receipt),
                MovementReceipt::verified,
                r -> r.ledger().pending());
    }

    private HistoryFilter filter() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        return new HistoryFilter(
                kind.getValue(),
                f == null ? null : f.atStartOfDay(ZoneOffset.UTC).toInstant(),
                t == null ? null : t.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private Component appealCell(TokenLine l) {
        if (l.appealState() != null) {
            return new Span(getTranslation(
                    "rewards.appeal.state." + l.appealState().name(),
                    l.appealDecision() == null ? "" : l.appealDecision()));
        }
        if (l.appealable()) {
            Button b = new Button(
                    getTranslation("rewards.appeal.button"),
                    e -> new AppealDialog(appeals, l, () -> {
                                grid.getDataProvider().refreshAll();
                            })
                            .open());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            b.setId("appeal-" + l.id());
            return b;
        }
        return new Span();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.my.title");
    }
}
