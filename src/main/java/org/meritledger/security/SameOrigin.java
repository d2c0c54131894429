package org.meritledger.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a state-changing request comes from a page of this portal, by what the browser says:
 * {@code Sec-Fetch-Site} and {@code Origin} cannot be set by another site's page. The origin is
 * compared with the {@code Host} the browser addressed (not the scheme, which a TLS-terminating
 * proxy changes). A request without either header is not from a current browser and is allowed.
 */
final class SameOrigin {

    private SameOrigin() {}

    static boolean test(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && site.toLowerCase(Locale.ROOT).equals("cross-site")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI o = URI.create(origin.trim());
            if (o.getHost() == null) {
                return false;
            }
            return authority(o).equalsIgnoreCase(withDefaultPort(host.trim(), o.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String authority(URI o) {
        int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
        return o.getHost() + ":" + port;
    }

    private static String withDefaultPort(String host, String scheme) {
        boolean hasPort = host.startsWith("[") ? host.lastIndexOf("]:") > 0 : host.indexOf(':') > 0;
        return hasPort ? host : host + ":" + ("https".equalsIgnoreCase(scheme) ? 443 : 80);
    }
}
