package org.meritledger.rewards.catalog;

import java.util.List;

/** The history of items. Append-only: there is no update or delete. */
public interface CatalogVersions {

    CatalogItemVersion add(CatalogItemVersion version);

    /** Every revision of the item, newest first. */
    List<CatalogItemVersion> ofItem(long itemId);
}
