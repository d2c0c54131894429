package org.meritledger.rewards.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.rewards.catalog.LimitPeriod;

/** The words both catalog pages use for an item's cost, stock and limit, and its name in the reader's language. */
final class CatalogLabels {

    private CatalogLabels() {}

    /** The reader's language: the UI's locale, as getTranslation uses it. */
    static boolean chinese(Component on) {
        UI ui = on.getUI().orElse(UI.getCurrent());
        Locale l = ui == null ? null : ui.getLocale();
        return MeritI18NProvider.supported(l).equals(MeritI18NProvider.CHINESE);
    }

    static String pick(Component on, String english, String chinese) {
        return chinese(on) ? chinese : english;
    }

    static String cost(Component on, int tokens) {
        return on.getTranslation("catalog.cost", tokens);
    }

    static String stock(Component on, Integer stock) {
        if (stock == null) {
            return on.getTranslation("catalog.stock.unlimited");
        }
        return stock == 0 ? on.getTranslation("catalog.stock.none") : on.getTranslation("catalog.stock.left", stock);
    }

    static String limit(Component on, Integer count, LimitPeriod period) {
        if (count == null || period == null) {
            return on.getTranslation("catalog.limit.none");
        }
        return on.getTranslation("catalog.limit." + period.name(), count);
    }
}
