package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
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
import org.meritledger.base.NotFoundException;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.base.ui.Formats;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.mytokens.MyTokensService;
import org.meritledger.rewards.mytokens.TokenLine;
import org.meritledger.rewards.mytokens.TokenSummary;

/**
 * A soldier's tokens: balance and the lazy history, each row with the ledger entry that
 * recorded it and, on a deduction, the appeal (or the button to file one). Without a parameter
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
    final Paragraph notice = new Paragraph();
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
        setSizeFull();
        balance.setId("token-balance");
        balance.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        kind.setLabel(getTranslation("rewards.filter.kind"));
        kind.setItems(MovementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.translationKey()));
        kind.setClearButtonVisible(true);
        from.setLabel(getTranslation("rewards.filter.from"));
        to.setLabel(getTranslation("rewards.filter.to"));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(l -> Formats.WHEN.format(l.at()))
                .setHeader(getTranslation("rewards.col.date"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.kind().translationKey())).setHeader(getTranslation("rewards.col.kind"));
        grid.addColumn(l -> (l.amount() > 0 ? "+" : "") + l.amount()).setHeader(getTranslation("rewards.col.amount"));
        grid.addColumn(l -> l.category(getLocale())).setHeader(getTranslation("rewards.col.category"));
        grid.addColumn(TokenLine::reason)
                .setHeader(getTranslation("rewards.col.reason"))
                .setFlexGrow(3);
        grid.addColumn(l -> l.by() == null ? getTranslation("rewards.system") : l.by())
                .setHeader(getTranslation("rewards.col.by"));
        grid.addColumn(l -> l.ledgerSeq() == null ? "" : getTranslation("rewards.entry", l.ledgerSeq()))
                .setHeader(getTranslation("rewards.col.entry"));
        grid.addComponentColumn(this::appealCell)
                .setKey("appeal")
                .setHeader(getTranslation("rewards.col.appeal"))
                .setFlexGrow(2);
        grid.setSizeFull();
        add(title, balance, notice, new HorizontalLayout(kind, from, to), grid);
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
            notice.setText(getTranslation("rewards.my.notSoldier"));
            grid.setVisible(false);
            return;
        }
        title.setText(soldierId == null ? getTranslation("rewards.my.title") : s.soldier());
        balance.setText(getTranslation("rewards.my.balance") + ": " + getTranslation("rewards.tokens", s.balance()));
        notice.setText(s.frozen() ? getTranslation("rewards.my.frozen") : getTranslation("rewards.my.belowZero"));
        grid.setItems(q -> tokens.history(soldierId, filter(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) tokens.count(soldierId, filter()));
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
