package org.meritledger.security;

import java.util.Locale;
import java.util.Optional;

/** The logged-in user's saved language, kept with their account. */
public interface LocalePreference {

    void setOwnLocale(Locale locale);

    /** Empty when nobody is logged in or no language was chosen yet. */
    Optional<Locale> ownPreferredLocale();
}
