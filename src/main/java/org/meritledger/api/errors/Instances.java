package org.meritledger.api.errors;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} member: the path of the request that failed (no query: it may hold values). */
final class Instances {

    private Instances() {}

    static String of(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null; // outside a request (never in practice)
        }
    }
}
