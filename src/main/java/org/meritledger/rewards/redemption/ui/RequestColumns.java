package org.meritledger.rewards.redemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.RowActions;
import org.meritledger.rewards.redemption.RequestRow;

/**
 * The columns a request shows on both request screens (the soldier's own and the queue), so the
 * two read alike: item, cost, state, when requested, the last change with its reason, and the
 * screen's own row actions kept in reach. The queue adds the soldier in front.
 */
final class RequestColumns {

    private RequestColumns() {}

    static void addTo(Grid<RequestRow> grid, Component on, ValueProvider<RequestRow, Component> actions) {
        grid.addColumn(r -> RedemptionLabels.item(on, r))
                .setHeader(on.getTranslation("redemption.col.item"))
                .setFlexGrow(2);
        grid.addColumn(r -> RedemptionLabels.tokens(on, r.tokenCost()))
                .setHeader(on.getTranslation("redemption.col.cost"))
                .setAutoWidth(true);
        grid.addColumn(r -> RedemptionLabels.state(on, r.state()))
                .setKey("state")
                .setHeader(on.getTranslation("redemption.col.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.WHEN.format(r.requestedAt()))
                .setHeader(on.getTranslation("redemption.col.requested"))
                .setAutoWidth(true);
        grid.addColumn(r -> lastChange(on, r))
                .setHeader(on.getTranslation("redemption.col.changed"))
                .setFlexGrow(2);
        RowActions.keepInReach(
                grid,
                grid.addComponentColumn(actions)
                        .setKey("actions")
                        .setHeader(on.getTranslation("redemption.col.actions")));
    }

    /** Who changed the request last and when, with a decline's reason; empty while untouched. */
    static String lastChange(Component on, RequestRow r) {
        if (r.changedBy() == null) {
            return "";
        }
        String when = Formats.WHEN.format(r.changedAt());
        return r.reason() == null
                ? on.getTranslation("redemption.changed", when, r.changedBy())
                : on.getTranslation("redemption.changedBecause", when, r.changedBy(), r.reason());
    }
}
