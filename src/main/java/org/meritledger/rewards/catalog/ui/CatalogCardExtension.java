package org.meritledger.rewards.catalog.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Function;
import org.meritledger.rewards.catalog.CatalogCard;

/**
 * Something another feature adds to every card of the soldiers' catalog, e.g. redemption's
 * Request button. The catalog knows only this interface, so it does not depend on the features
 * that build on it (they depend on the catalog).
 */
public interface CatalogCardExtension {

    /**
     * Called once per page with the cards shown (so the feature reads what it needs once, e.g.
     * the soldier's available tokens); returns what to add at the foot of each card, or null.
     */
    Function<CatalogCard, Component> prepare(List<CatalogCard> cards);
}
