package org.meritledger.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.shared.Registration;
import java.util.Set;

/**
 * Lets a grid fit a phone by keeping only its key columns there: at a window of
 * {@link #PHONE_MAX_WIDTH} pixels or less every column whose key is not named is hidden, and
 * shown again when the window grows (a phone turned sideways). Cells wrap, so the key columns
 * show their whole text instead of asking for a sideways scroll. The breakpoint is the one
 * styles.css uses to move the header's account controls into the drawer, so a page changes
 * its whole layout at one width.
 */
public final class PhoneColumns {

    /** The widest window treated as a phone (styles.css: {@code max-width: 640px}). */
    public static final int PHONE_MAX_WIDTH = 640;

    private PhoneColumns() {}

    public static <T> Grid<T> keepOnPhone(Grid<T> grid, String... keyColumns) {
        Set<String> keep = Set.of(keyColumns);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(e -> {
            UI ui = e.getUI();
            ui.getPage().retrieveExtendedClientDetails(d -> fit(grid, keep, d.getWindowInnerWidth()));
            if (resize[0] != null) {
                resize[0].remove();
            }
            resize[0] = ui.getPage().addBrowserWindowResizeListener(r -> fit(grid, keep, r.getWidth()));
        });
        grid.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
        return grid;
    }

    /** Shows every column on a wide window, only the key columns on a phone; width 0: unknown, all. */
    static <T> void fit(Grid<T> grid, Set<String> keep, int windowWidth) {
        boolean phone = windowWidth > 0 && windowWidth <= PHONE_MAX_WIDTH;
        for (Grid.Column<T> c : grid.getColumns()) {
            c.setVisible(!phone || (c.getKey() != null && keep.contains(c.getKey())));
        }
    }
}
