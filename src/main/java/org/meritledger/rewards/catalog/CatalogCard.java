package org.meritledger.rewards.catalog;

/**
 * An item offered to the soldier asking: what it is, what it costs in tokens, how many are left
 * ({@code stock} null: unlimited) and how often one soldier may have it.
 */
public record CatalogCard(
        long id,
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        int tokenCost,
        Integer stock,
        Integer limitCount,
        LimitPeriod limitPeriod,
        boolean needsApproval) {

    static CatalogCard of(CatalogItem item) {
        CatalogTerms t = item.terms();
        return new CatalogCard(
                item.getId(),
                t.nameEn(),
                t.nameZh(),
                t.descriptionEn(),
                t.descriptionZh(),
                t.tokenCost(),
                t.stock(),
                t.limitCount(),
                t.limitPeriod(),
                t.needsApproval());
    }
}
