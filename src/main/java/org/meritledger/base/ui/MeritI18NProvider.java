package org.meritledger.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * English and Simplified Chinese, from {@code vaadin-i18n/translations*.properties}. English is
 * first, so it is the fallback for any other browser language.
 */
@ApplicationScoped
public class MeritI18NProvider extends DefaultI18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);

    public MeritI18NProvider() {
        super(LOCALES);
    }

    /** The supported locale closest to the given one. */
    public static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }
}
