package org.meritledger.rewards.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/**
 * The recorded state of a catalog item: the payload of each of its ledger entries, and what
 * verification rebuilds from the item row and from each version row. One builder for all three,
 * so they can only differ when the data does.
 */
public final class CatalogStates {

    private CatalogStates() {}

    public static String item(long id, int revision, CatalogTerms t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("revision", revision);
        m.put("nameEn", t.nameEn());
        m.put("nameZh", t.nameZh());
        m.put("descriptionEn", t.descriptionEn());
        m.put("descriptionZh", t.descriptionZh());
        m.put("tokenCost", t.tokenCost());
        m.put("stock", t.stock());
        m.put("limitCount", t.limitCount());
        m.put("limitPeriod", t.limitPeriod() == null ? null : t.limitPeriod().name());
        m.put("visibleUnitId", t.visibleUnitId());
        m.put("active", t.active());
        m.put("needsApproval", t.needsApproval());
        return Jcs.canonicalize(m);
    }

    static String of(CatalogItem item) {
        return item(item.getId(), item.getRevision(), item.terms());
    }
}
