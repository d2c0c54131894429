package org.meritledger.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * English and Simplified Chinese, from {@code vaadin-i18n/translations*.properties}.
 * Unlike a plain {@code ResourceBundle} lookup this never falls back to the server's default
 * locale: an unsupported language gets English, and a key missing in Chinese shows the English
 * text, so a user never sees a third language or a raw key by accident.
 */
@ApplicationScoped
public class MeritI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LOCALES = List.of(ENGLISH, CHINESE);
    static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = Logger.getLogger(MeritI18NProvider.class.getName());
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = supported(locale);
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, l, MeritI18NProvider.class.getClassLoader(), NO_FALLBACK);
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing translation key " + key + " for " + l);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            // a text asked for without arguments is shown as written, except that the doubled
            // apostrophe of MessageFormat reads as one, so a text may be used both ways
            return text.replace("''", "'");
        }
        return new MessageFormat(text, l).format(params);
    }

    /** The supported locale closest to the given one. */
    public static Locale supported(Locale requested) {
        if (requested != null && "zh".equals(requested.getLanguage())) {
            return CHINESE;
        }
        return ENGLISH;
    }
}
