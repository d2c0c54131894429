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
import org.meritledger.base.ui.Problems;
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
        RequestColumns.addTo(grid, this, this::actions);
        grid.setItems(q -> redemption.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) redemption.countMine());
        grid.setSizeFull();
        add(new H2(getTranslation("redemption.mine.title")), figures, grid);
        refresh();
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
