package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The caller as Jakarta Security established it for this request. */
@ApplicationScoped
public class SecurityContextCallerProvider implements CallerProvider {

    @Inject
    SecurityContext securityContext;

    @Inject
    AccountCallers callers;

    @Override
    public Optional<Caller> current() {
        Caller acting = ActingAs.current();
        if (acting != null) {
            return Optional.of(acting);
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return callers.activeCaller(principal.getName());
    }
}
