package org.meritledger.base;

/**
 * A window onto a sorted list, as lazy grids ask for it. Sorting is by a named property that the
 * repository maps to a column; unknown names fall back to the default order.
 */
public record PageRequest(int offset, int limit, String sortProperty, boolean ascending) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        }
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, null, true);
    }
}
