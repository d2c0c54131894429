package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's section on a page about one unit (e.g. token figures on the unit dashboard): the
 * page shows every CDI bean of this type for the unit it shows, so the page's feature does not
 * import the contributing one. The contributor's service checks access again; a panel the caller
 * may not see is empty.
 */
public interface UnitPanel {

    /** Position among the panels, smallest first. */
    default int order() {
        return 100;
    }

    /** The section for this unit (and everything below it), or empty. */
    Optional<Component> panel(long unitId);
}
