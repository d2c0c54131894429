package org.meritledger.rewards.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;

/** Stored catalog items. Never deleted: an item is retired. */
public interface CatalogItems {

    Optional<CatalogItem> find(long id);

    /**
     * The item, locked until the transaction ends (SELECT ... FOR UPDATE on H2 and PostgreSQL):
     * every change of an item, and later every reservation of its stock, goes through this, so
     * two of them on any node queue instead of both working from the same revision.
     */
    Optional<CatalogItem> lockForChange(long id);

    /**
     * The item, locked against change until the transaction ends but not against other readers
     * that lock it so too (SELECT ... FOR SHARE on PostgreSQL): requests for an unlimited item run
     * side by side, while a change waits for them and they for it. In memory: as {@link #lockForChange}.
     */
    default Optional<CatalogItem> lockShared(long id) {
        return lockForChange(id);
    }

    CatalogItem store(CatalogItem item);

    /** Sort properties: {@code name} (English), {@code tokenCost}; default by name. */
    List<CatalogItem> page(boolean includeRetired, PageRequest page);

    long count(boolean includeRetired);

    /** Active items shown to everyone or to one of {@code roots}, cheapest first, at most {@code limit}. */
    List<CatalogItem> offeredTo(Collection<Long> roots, int limit);
}
