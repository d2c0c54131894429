package org.meritledger.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The headers every response gets. The Content-Security-Policy is as strict as Vaadin Flow 24
 * allows:
 * <ul>
 * <li>scripts only from this origin, plus the bootstrap page's inline scripts, which carry this
 *     request's nonce ({@link CspNonceListener}); injected inline scripts do not run.
 *     {@code 'unsafe-eval'} stays: the Flow client turns the JavaScript that the server sends
 *     ({@code executeJs}, event data expressions) into functions with {@code new Function}.</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's web components and Lumo set inline styles and
 *     inject {@code <style>} elements at run time, which cannot carry a nonce.</li>
 * <li>{@code data:} for images and fonts: Lumo's icons and the theme embed small images and
 *     fonts as data URLs; {@code blob:} images for charts and uploaded receipts shown in the page.</li>
 * </ul>
 * No framing at all ({@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY} for old
 * browsers), forms only to this origin, no plugins.
 */
public final class SecurityHeaders {

    static final String NONCE_ATTRIBUTE = "org.meritledger.security.web.nonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    /** Sets the headers on a response that is not committed yet; returns the script nonce. */
    public static String apply(HttpServletRequest request, HttpServletResponse response) {
        Object existing = request.getAttribute(NONCE_ATTRIBUTE);
        String nonce;
        if (existing instanceof String s) {
            nonce = s;
        } else {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
        }
        response.setHeader("Content-Security-Policy", policy(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader(
                "Permissions-Policy",
                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // The software and its version help only an attacker.
        response.setHeader("Server", "Merit Ledger");
        response.setHeader("X-Powered-By", "Merit Ledger");
        if (request.isSecure()) {
            // Only over TLS: a plain-HTTP response cannot be trusted to set it (RFC 6797 7.2).
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        return nonce;
    }

    static String policy(String nonce) {
        return "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }
}
