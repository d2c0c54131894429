package org.meritledger.rewards.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an item is at one revision: texts in both languages, price, stock, limit, who may see it,
 * whether it is offered and whether a request needs approval. Checked by {@link CatalogRules}
 * before it exists, so every instance a service holds is valid.
 *
 * @param stock units left to request; {@code null}: unlimited
 * @param limitCount requests per soldier per {@code limitPeriod}; both {@code null}: no limit
 * @param visibleUnitId the unit whose subtree sees the item; {@code null}: everyone
 */
public record CatalogTerms(
        String nameEn,
        String nameZh,
        String descriptionEn,
        String descriptionZh,
        int tokenCost,
        Integer stock,
        Integer limitCount,
        LimitPeriod limitPeriod,
        Long visibleUnitId,
        boolean active,
        boolean needsApproval) {

    /** The same terms, offered or retired. */
    public CatalogTerms withActive(boolean nowActive) {
        return new CatalogTerms(
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                tokenCost,
                stock,
                limitCount,
                limitPeriod,
                visibleUnitId,
                nowActive,
                needsApproval);
    }

    /** The same terms with another stock (a reservation or its return). */
    public CatalogTerms withStock(Integer newStock) {
        return new CatalogTerms(
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                tokenCost,
                newStock,
                limitCount,
                limitPeriod,
                visibleUnitId,
                active,
                needsApproval);
    }

    /** One field that differs between two revisions, as text (empty for "none"). */
    public record Change(String field, String before, String after) {}

    /** What changed from {@code before} to this, field by field, in a fixed order (the history shows it). */
    public List<Change> changesFrom(CatalogTerms before) {
        List<Change> out = new ArrayList<>();
        diff(out, "nameEn", before.nameEn, nameEn);
        diff(out, "nameZh", before.nameZh, nameZh);
        diff(out, "descriptionEn", before.descriptionEn, descriptionEn);
        diff(out, "descriptionZh", before.descriptionZh, descriptionZh);
        diff(out, "tokenCost", before.tokenCost, tokenCost);
        diff(out, "stock", before.stock, stock);
        diff(out, "limitCount", before.limitCount, limitCount);
        diff(out, "limitPeriod", before.limitPeriod, limitPeriod);
        diff(out, "visibleUnitId", before.visibleUnitId, visibleUnitId);
        diff(out, "active", before.active, active);
        diff(out, "needsApproval", before.needsApproval, needsApproval);
        return out;
    }

    private static void diff(List<Change> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(new Change(field, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
        }
    }
}
