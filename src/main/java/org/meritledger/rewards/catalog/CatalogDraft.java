package org.meritledger.rewards.catalog;

/**
 * An item as the administrator typed it, before {@link CatalogRules} checks it. Numbers are
 * already whole numbers here (the form refuses text and fractions on the field); ranges, the
 * pairing of limit count and period and the unit are the rules' business.
 */
public record CatalogDraft(
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        Integer tokenCost,
        Integer stock,
        Integer limitCount,
        LimitPeriod limitPeriod,
        Long visibleUnitId,
        boolean needsApproval) {

    /** The draft an editor starts from for an existing item. */
    public static CatalogDraft of(CatalogTerms t) {
        return new CatalogDraft(
                t.nameEn(),
                t.nameZh(),
                t.descriptionEn(),
                t.descriptionZh(),
                t.tokenCost(),
                t.stock(),
                t.limitCount(),
                t.limitPeriod(),
                t.visibleUnitId(),
                t.needsApproval());
    }
}
