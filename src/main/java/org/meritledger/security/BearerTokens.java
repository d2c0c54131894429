package org.meritledger.security;

import java.util.Optional;

/**
 * The port through which {@link PortalAuthenticationMechanism} checks a Bearer token on
 * {@code /api/} requests. Implemented outside security (personal API tokens live with the API,
 * which owns their table), so this package needs no account data beyond what it already reads.
 */
public interface BearerTokens {

    /**
     * Request attribute set when a Bearer token was presented and refused; its value says why.
     * The API answers such a request 401 instead of treating it as anonymous.
     */
    String REJECTED = "org.meritledger.security.bearerRejected";

    /** The user name of the token's account, or empty for an unknown, expired or revoked token. */
    Optional<String> username(String token);
}
