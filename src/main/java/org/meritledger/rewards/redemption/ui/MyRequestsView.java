package org.meritledger.rewards.redemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.RowActions;
import org.meritledger.rewards.redemption.RedemptionService;
import org.meritledger.rewards.redemption.RequestRow;
import org.meritledger.rewards.redemption.TokenFigures;

/**
 * A soldier's own requests, newest first (lazy): item, cost, state, when requested and last
 * changed (and by whom, with a decline's reason); Cancel while pending. Above: the tokens
 * available and those held for requests.
 */
@Route("my-requests")
@Menu(title = "nav.myRequests", order = 26, icon = "vaadin:cart")
@ForLinkedSoldier
@PermitAll
public class MyRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final RedemptionService redemption;
    final Paragraph figures = new Paragraph();
    final Grid<RequestRow> grid = new Grid<>();

    @Inject
    public MyRequestsView(RedemptionService redemption) {
        this.redemption = redemption;
        setId("my-requests");
        setSizeFull();
        figures.setId("my-requests-figures");
        grid.setId("my-requests-grid");
        grid.addColumn(r -> RedemptionLabels.item(this, r))
                .setHeader(getTranslation("redemption.col.item"))
                .setFlexGrow(2);
        grid.addColumn(r -> RedemptionLabels.tokens(this, r.tokenCost()))
                .setHeader(getTranslation("redemption.col.cost"))
                .setAutoWidth(true);
        grid.addColumn(r -> RedemptionLabels.state(this, r.state()))
                .setKey("state")
                .setHeader(getTranslation("redemption.col.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.WHEN.format(r.requestedAt()))
                .setHeader(getTranslation("redemption.col.requested"))
                .setAutoWidth(true);
        grid.addColumn(this::lastChange)
                .setHeader(getTranslation("redemption.col.changed"))
                .setFlexGrow(2);
        RowActions.keepInReach(
                grid,
                grid.addComponentColumn(this::actions)
                        .setKey("actions")
                        .setHeader(getTranslation("redemption.col.actions")));
        grid.setItems(q -> redemption.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) redemption.countMine());
        grid.setSizeFull();
        add(new H2(getTranslation("redemption.mine.title")), figures, grid);
        refresh();
    }

    String lastChange(RequestRow r) {
        if (r.changedBy() == null) {
            return "";
        }
        String when = Formats.WHEN.format(r.changedAt());
        return r.reason() == null
                ? getTranslation("redemption.changed", when, r.changedBy())
                : getTranslation("redemption.changedBecause", when, r.changedBy(), r.reason());
    }

    private Component actions(RequestRow r) {
        if (!r.cancellable()) {
            return new Span();
        }
        Button cancel = new Button(getTranslation("redemption.cancel"), e -> {
            if (Problems.attempt(this, Map.of(), () -> redemption.cancel(r.id()))) {
                Problems.success(getTranslation("redemption.cancelled"));
                refresh();
            }
        });
        cancel.setId("cancel-" + r.id());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return cancel;
    }

    private void refresh() {
        TokenFigures f = redemption.myFigures();
        figures.setText(getTranslation(
                "redemption.figures",
                RedemptionLabels.tokens(this, f.available()),
                RedemptionLabels.tokens(this, f.held())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("redemption.mine.title");
    }
}
