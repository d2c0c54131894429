package org.meritledger.security.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Adds {@code SameSite=Lax} (and {@code Secure} over TLS) to every {@code Set-Cookie} header not
 * yet sent. Needed because Payara adds the session cookie itself when a session is created and
 * ignores the {@code SameSite} attribute that web.xml's cookie-config asks for.
 */
public final class SameSiteCookies {

    private SameSiteCookies() {}

    public static void apply(HttpServletResponse response, boolean secure) {
        if (response.isCommitted()) {
            return;
        }
        Collection<String> headers = response.getHeaders("Set-Cookie");
        if (headers == null || headers.isEmpty()) {
            return;
        }
        List<String> fixed = new ArrayList<>();
        boolean changed = false;
        for (String h : headers) {
            String f = fix(h, secure);
            changed |= !f.equals(h);
            fixed.add(f);
        }
        if (!changed) {
            return;
        }
        response.setHeader("Set-Cookie", fixed.get(0));
        for (int i = 1; i < fixed.size(); i++) {
            response.addHeader("Set-Cookie", fixed.get(i));
        }
    }

    static String fix(String header, boolean secure) {
        String lower = header.toLowerCase(Locale.ROOT);
        String f = header;
        if (!lower.contains("samesite=")) {
            f = f + "; SameSite=Lax";
        }
        if (secure && !lower.matches("(?s).*;\\s*secure(;.*|\\s*)$")) {
            f = f + "; Secure";
        }
        return f;
    }
}
