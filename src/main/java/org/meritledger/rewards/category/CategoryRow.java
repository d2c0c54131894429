package org.meritledger.rewards.category;

import java.util.Locale;

/** A category as screens show it. */
public record CategoryRow(long id, String code, String nameEn, String nameZh, Purpose purpose, boolean active) {

    /** The name in the user's language (Chinese for any zh locale, English otherwise). */
    public String name(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    static CategoryRow of(Category c) {
        return new CategoryRow(c.getId(), c.getCode(), c.getNameEn(), c.getNameZh(), c.getPurpose(), c.isActive());
    }
}
