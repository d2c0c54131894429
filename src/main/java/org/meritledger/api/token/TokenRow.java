package org.meritledger.api.token;

import java.time.Instant;

/** A token as its owner sees it in the list: never the token itself, which exists only once. */
public record TokenRow(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    static TokenRow of(ApiToken t) {
        return new TokenRow(
                t.getId(),
                t.getName(),
                t.getTokenPrefix(),
                t.getCreatedAt(),
                t.getExpiresAt(),
                t.getRevokedAt(),
                t.getLastUsedAt());
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
