package org.meritledger.security;

import java.security.SecureRandom;

/**
 * What a password must be (length, not the username) and how one-time passwords are made.
 * Length beats composition rules (NIST SP 800-63B), so there are none of the latter.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** No 0/O, 1/l/I: the password is read off a screen and typed by someone else. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {}

    /** A message key describing what is wrong, or {@code null} when the password is acceptable. */
    public static String check(char[] password, String username) {
        if (password == null || password.length < MIN_LENGTH) {
            return "validation.password.tooShort";
        }
        if (password.length > MAX_LENGTH) {
            return "validation.password.tooLong";
        }
        if (username != null && new String(password).equalsIgnoreCase(username)) {
            return "validation.password.isUsername";
        }
        return null;
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
