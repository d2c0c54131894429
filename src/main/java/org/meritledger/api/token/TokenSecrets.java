package org.meritledger.api.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.meritledger.ledger.core.Bytes;

/**
 * Token text and its stored hash. A token is {@code mlt_} and 256 random bits in base64url. It is
 * hashed with plain SHA-256, not a slow password hash: with 256 bits of entropy nobody can guess a
 * token from its hash, so stretching would only cost time on every API request (a password needs
 * Argon2 because people choose guessable ones).
 */
public final class TokenSecrets {

    public static final String PREFIX = "mlt_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {}

    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    public static String hash(String token) {
        try {
            return Bytes.hex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the list shows: enough to tell tokens apart, far too little to guess one. */
    public static String displayPrefix(String token) {
        return token.substring(0, Math.min(token.length(), PREFIX.length() + 6));
    }

    /** Shape check before any database look-up. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX);
    }
}
