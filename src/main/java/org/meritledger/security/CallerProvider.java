package org.meritledger.security;

import java.util.Optional;

/**
 * Who is calling. Services ask this rather than trusting anything a view passes them, so the
 * same checks hold for the UI, a REST client or a script.
 */
public interface CallerProvider {

    /** The caller, or empty when nobody is logged in. */
    Optional<Caller> current();

    /** The caller; throws {@link org.meritledger.base.AccessDeniedException} when nobody is logged in. */
    default Caller require() {
        return current()
                .orElseThrow(() ->
                        new org.meritledger.base.AccessDeniedException("error.notAuthenticated", "not authenticated"));
    }
}
