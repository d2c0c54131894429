package org.meritledger.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The language switch shown in the header and on the login page. The choice is kept in the
 * session (and, for a logged-in user, in their account) and the page reloads in that language.
 */
public final class LocaleChoice {

    public static final String SESSION_KEY = "org.meritledger.locale";

    private LocaleChoice() {}

    public static Select<Locale> select(UI ui, Consumer<Locale> remember) {
        Select<Locale> select = new Select<>();
        select.setItems(MeritI18NProvider.LOCALES);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "中文（简体）" : "English");
        select.setValue(MeritI18NProvider.supported(ui.getLocale()));
        select.setAriaLabel(ui.getTranslation("app.language"));
        select.setId("language-select");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(ui, e.getValue());
                if (remember != null) {
                    remember.accept(e.getValue());
                }
                ui.getPage().reload();
            }
        });
        return select;
    }

    public static void apply(UI ui, Locale locale) {
        Locale l = MeritI18NProvider.supported(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setAttribute(SESSION_KEY, l);
            session.setLocale(l);
        }
        ui.setLocale(l);
        documentLanguage(ui);
    }

    /**
     * Sets {@code <html lang>} to the UI's language, so that screen readers, fonts and
     * hyphenation follow it (the bootstrap page is written before the language is known).
     */
    public static void documentLanguage(UI ui) {
        ui.getPage()
                .executeJs(
                        "document.documentElement.lang = $0",
                        MeritI18NProvider.supported(ui.getLocale()).toLanguageTag());
    }
}
