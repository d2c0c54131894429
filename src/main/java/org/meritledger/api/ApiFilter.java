package org.meritledger.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.security.BearerTokens;

/**
 * Runs before every API request: a token the authentication mechanism refused is a 401 here
 * (never a silent fall back to anonymous, which would turn "revoked" into "public data only"), a
 * declared body over the limit is a 413 before it is read, and each credential, device or
 * anonymous address gets {@link ApiSettings#rateLimitPerMinute()} requests a minute (429).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class ApiFilter implements ContainerRequestFilter {

    @Inject
    ApiSettings settings;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest http;

    private volatile RateLimiter limiter;

    @Override
    public void filter(ContainerRequestContext request) {
        if (http != null && http.getAttribute(BearerTokens.REJECTED) != null) {
            throw new ApiProblemException(
                    ProblemType.INVALID_TOKEN, String.valueOf(http.getAttribute(BearerTokens.REJECTED)));
        }
        if (request.getLength() > settings.maxBodyBytes()) {
            drain(request);
            throw new ApiProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + settings.maxBodyBytes() + " bytes");
        }
        if (!limiter().allow(rateKey(request), settings.rateLimitPerMinute())) {
            throw new ApiProblemException(
                    ProblemType.RATE_LIMITED, "more than " + settings.rateLimitPerMinute() + " requests this minute");
        }
    }

    /**
     * Reads and discards a moderately oversized body before answering, so the client reads the 413
     * instead of a connection closed under its upload; a body far beyond the limit is not read.
     */
    private void drain(ContainerRequestContext request) {
        long cap = 16L * settings.maxBodyBytes();
        if (request.getLength() > cap) {
            return;
        }
        try (java.io.InputStream in = request.getEntityStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the client went away: nothing more to do
        }
    }

    private RateLimiter limiter() {
        if (limiter == null) {
            synchronized (this) {
                if (limiter == null) {
                    limiter = new RateLimiter(clock);
                }
            }
        }
        return limiter;
    }

    /** Keyed by credential (hashed: keys stay in memory), else by device, else by client address. */
    private String rateKey(ContainerRequestContext request) {
        String auth = request.getHeaderString("Authorization");
        if (auth != null) {
            return "credential:" + sha256(auth);
        }
        var segments = request.getUriInfo().getPathSegments();
        if (segments.size() >= 2 && "devices".equals(segments.get(0).getPath())) {
            return "device:" + segments.get(1).getPath();
        }
        return "address:" + (http == null ? "?" : http.getRemoteAddr());
    }

    private static String sha256(String s) {
        try {
            return Bytes.hex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
