package org.meritledger.rewards.catalog;

import java.util.function.LongPredicate;
import org.meritledger.base.Checks;

/**
 * Checks a draft and turns it into terms, collecting every problem first so the form shows all of
 * them at once; nothing is stored when it throws. No framework: the rules are tested on their own.
 */
public final class CatalogRules {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    /**
     * The dearest item: a hundred maximum awards (issue: at most 100 tokens per movement by
     * default). Anything dearer is a typing slip, not a reward a soldier could save up for.
     */
    public static final int COST_MAX = 10_000;
    /** A unit's supply of anything is far below this; larger is a slip, not stock. */
    public static final int STOCK_MAX = 100_000;

    public static final int LIMIT_MAX = 100;

    private CatalogRules() {}

    /**
     * @param unitExists whether a unit id names an existing unit (the visibility subtree's root)
     * @param active whether the terms are offered (a new item is; an edit keeps the item's state)
     * @throws org.meritledger.base.InvalidInputException with every problem, field by field
     */
    public static CatalogTerms check(CatalogDraft d, LongPredicate unitExists, boolean active) {
        Checks c = new Checks();
        if (d == null) {
            c.fail(null, "validation.required");
            c.throwIfAny();
        }
        String nameEn = c.text("nameEn", d.nameEn(), NAME_MAX);
        String nameZh = c.text("nameZh", d.nameZh(), NAME_MAX);
        String descriptionEn = optionalText(c, "descriptionEn", d.descriptionEn());
        String descriptionZh = optionalText(c, "descriptionZh", d.descriptionZh());
        Integer cost = c.required("tokenCost", d.tokenCost());
        if (cost != null && (cost < 1 || cost > COST_MAX)) {
            c.fail("tokenCost", "validation.catalog.cost.range", 1, COST_MAX);
        }
        if (d.stock() != null && (d.stock() < 0 || d.stock() > STOCK_MAX)) {
            c.fail("stock", "validation.catalog.stock.range", 0, STOCK_MAX);
        }
        if (d.limitCount() != null && (d.limitCount() < 1 || d.limitCount() > LIMIT_MAX)) {
            c.fail("limitCount", "validation.catalog.limit.range", 1, LIMIT_MAX);
        } else if (d.limitCount() != null && d.limitPeriod() == null) {
            c.fail("limitPeriod", "validation.catalog.limit.periodMissing");
        } else if (d.limitCount() == null && d.limitPeriod() != null) {
            c.fail("limitCount", "validation.catalog.limit.countMissing");
        }
        if (d.visibleUnitId() != null && !unitExists.test(d.visibleUnitId())) {
            c.fail("visibleUnitId", "validation.catalog.unit.unknown");
        }
        c.throwIfAny();
        return new CatalogTerms(
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                cost,
                d.stock(),
                d.limitCount(),
                d.limitCount() == null ? null : d.limitPeriod(),
                d.visibleUnitId(),
                active,
                d.needsApproval());
    }

    /** Descriptions may be left empty (stored as ""), but not overlong. */
    private static String optionalText(Checks c, String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > DESCRIPTION_MAX) {
            c.fail(field, "validation.tooLong", DESCRIPTION_MAX);
        }
        return v;
    }
}
