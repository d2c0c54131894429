package org.meritledger.rewards.category;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/** The ledger state of a category, built the same way from the entity and from a row. */
public final class CategoryStates {

    private CategoryStates() {}

    public static String category(
            long id, String code, String nameEn, String nameZh, String purpose, boolean active, long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("code", code);
        m.put("nameEn", nameEn);
        m.put("nameZh", nameZh);
        m.put("purpose", purpose);
        m.put("active", active);
        m.put("version", version);
        return Jcs.canonicalize(m);
    }

    static String of(Category c) {
        return category(
                c.getId(),
                c.getCode(),
                c.getNameEn(),
                c.getNameZh(),
                c.getPurpose().name(),
                c.isActive(),
                c.getVersion());
    }
}
