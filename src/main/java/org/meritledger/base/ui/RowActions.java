package org.meritledger.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Keeps a grid's row actions in reach: the action column is frozen to the grid's end (it stays
 * in view while the other columns scroll) and takes only the room its buttons need, and the
 * grid wraps long text (unit paths, names, reasons) instead of cutting it off. Every grid with
 * buttons in its rows goes through here, so none hides its Approve behind a sideways scroll.
 */
public final class RowActions {

    private RowActions() {}

    public static <T> Grid.Column<T> keepInReach(Grid<T> grid, Grid.Column<T> actions) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.setFrozenToEnd(true).setFlexGrow(0).setAutoWidth(true);
        return actions;
    }
}
