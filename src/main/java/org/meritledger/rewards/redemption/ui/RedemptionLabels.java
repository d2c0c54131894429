package org.meritledger.rewards.redemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.rewards.redemption.RequestRow;
import org.meritledger.rewards.redemption.RequestState;

/** Texts the redemption screens share. */
final class RedemptionLabels {

    private RedemptionLabels() {}

    static String item(Component on, RequestRow r) {
        UI ui = on.getUI().orElse(UI.getCurrent());
        Locale l = ui == null ? null : ui.getLocale();
        return MeritI18NProvider.supported(l).equals(MeritI18NProvider.CHINESE) ? r.itemZh() : r.itemEn();
    }

    static String state(Component on, RequestState s) {
        return on.getTranslation("redemption.state." + s.name());
    }

    static String tokens(Component on, long n) {
        return on.getTranslation("rewards.tokens", n);
    }
}
