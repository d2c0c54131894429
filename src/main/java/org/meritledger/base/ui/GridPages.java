package org.meritledger.base.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import org.meritledger.base.PageRequest;

/** Turns a lazy grid's query (window and first sort column) into the services' {@link PageRequest}. */
public final class GridPages {

    private GridPages() {}

    public static PageRequest of(Query<?, ?> query) {
        for (QuerySortOrder order : query.getSortOrders()) {
            return new PageRequest(
                    query.getOffset(),
                    query.getLimit(),
                    order.getSorted(),
                    order.getDirection() == SortDirection.ASCENDING);
        }
        return PageRequest.of(query.getOffset(), query.getLimit());
    }
}
