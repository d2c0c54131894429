package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the portal logs people in, on top of Jakarta Security.
 * <ul>
 * <li>{@code POST /login} (the Vaadin login form posts natively) checks the credentials with the
 *     {@link AccountIdentityStore}; on success the session id is changed (no session fixation) and
 *     the user name is kept in the session; the browser is redirected either way.</li>
 * <li>Every other request with such a session is re-authenticated from the account row, so a
 *     deactivated account or a removed role takes effect on the next click, not the next login.</li>
 * <li>{@code POST /logout} ends the session; a GET is refused (405), so no link or image on
 *     another page can log a user out.</li>
 * <li>Both POSTs are refused (403) when the browser says they come from another site
 *     ({@code Origin} not this host, or {@code Sec-Fetch-Site: cross-site}): no login CSRF, where
 *     another site logs the victim into an account of the attacker's.</li>
 * <li>A login never answers 500: whatever goes wrong counts as a refused login.</li>
 * <li>A GET or HEAD with HTTP basic credentials is authenticated for that request alone (no
 *     session): the ledger export and log tiles are fetched that way by scripts.</li>
 * <li>Under {@code /api/} only a personal API token ({@code Authorization: Bearer}) counts, for that
 *     request alone: no session cookie and no basic credentials, so no other site can make a
 *     logged-in browser call the API. A refused token is marked on the request ({@link
 *     BearerTokens#REJECTED}) and the API answers 401. Range devices ({@code /api/v1/devices/})
 *     are not accounts: they sign each result and no credential is read for them.</li>
 * </ul>
 * Nothing here decides what a user may see: views declare roles, services check role and scope.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    static final String SESSION_USER = "org.meritledger.security.user";
    /** Where Vaadin's navigation access control remembers the page that sent the user to log in. */
    static final String STORED_REDIRECT = com.vaadin.flow.server.auth.NavigationAccessControl.SESSION_STORED_REDIRECT;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountCallers callers;

    @Inject
    jakarta.enterprise.inject.Instance<BearerTokens> bearerTokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && ("/login".equals(path) || "/logout".equals(path))) {
            if (!SameOrigin.test(request)) {
                return refuse(response, HttpServletResponse.SC_FORBIDDEN);
            }
            if ("/logout".equals(path)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                return context.redirect(request.getContextPath() + "/login?logout");
            }
            try {
                return login(request, response, context);
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "login failed with an error; refused", e);
                return context.redirect(request.getContextPath() + "/login?error");
            }
        }
        if ("/logout".equals(path)) {
            response.setHeader("Allow", "POST");
            return refuse(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
        String authorization = request.getHeader("Authorization");
        if (path.startsWith("/api/v1/devices/")) {
            // range devices authenticate by the signature on each result, never as an account:
            // a token sent along is not looked at, so no entry of theirs names a person
            return context.doNothing();
        }
        if (path.startsWith("/api/")) {
            return api(authorization, request, context);
        }
        if (authorization != null
                && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return basic(authorization.substring(6).trim(), response, context);
        }
        HttpSession session = request.getSession(false);
        String user = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (user != null) {
            Optional<Caller> caller = callers.activeCaller(user);
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        user, caller.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
            }
            // Deactivated or deleted since login: the session ends here.
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus api(String authorization, HttpServletRequest request, HttpMessageContext context) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return context.doNothing();
        }
        Optional<Caller> caller = bearerTokens.isResolvable()
                ? bearerTokens.get().username(authorization.substring(7).trim()).flatMap(callers::activeCaller)
                : Optional.empty();
        if (caller.isEmpty()) {
            request.setAttribute(BearerTokens.REJECTED, "the token is unknown, expired or revoked");
            return context.doNothing();
        }
        return context.notifyContainerAboutLogin(
                caller.get().username(),
                caller.get().roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /**
     * HTTP basic credentials, for scripts and transparency-log clients that download the export
     * or the log tiles. Read-only requests only (GET, HEAD), so a browser that remembers the
     * credentials cannot be made to change anything by another site; no session is created, and
     * failures count towards the lockout like form logins.
     */
    private AuthenticationStatus basic(String token, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(java.util.Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon > 0) {
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(
                    decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Merit Ledger\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status) {
        try {
            response.sendError(status);
        } catch (java.io.IOException e) {
            response.setStatus(status);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus login(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        if (username == null || password == null) {
            return context.redirect(request.getContextPath() + "/login?error");
        }
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(username, new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(request.getContextPath() + "/login?error");
        }
        HttpSession session = request.getSession(true);
        if (!session.isNew()) {
            request.changeSessionId();
        }
        session = request.getSession();
        session.setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        // this redirect is sent before any filter runs: the new session cookie gets SameSite here
        org.meritledger.security.web.SameSiteCookies.apply(response, request.isSecure());
        Object stored = session.getAttribute(STORED_REDIRECT);
        session.removeAttribute(STORED_REDIRECT);
        return context.redirect(request.getContextPath() + "/" + safeTarget(stored));
    }

    /** Only a path inside this application; never another host. */
    static String safeTarget(Object stored) {
        if (!(stored instanceof String s) || s.isBlank()) {
            return "";
        }
        String t = s.startsWith("/") ? s.substring(1) : s;
        if (t.startsWith("/") || t.contains("://") || t.contains("\\") || t.startsWith("login")) {
            return "";
        }
        return t;
    }
}
