package org.meritledger.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * signed-note key ids: the first 4 bytes, big-endian, of SHA-256(name || 0x0A || type || key).
 * Always SHA-256, whatever the ledger's suite: the id is a lookup hint defined by the note format,
 * not a security property, and keeping it fixed lets generic tooling compute it.
 */
public final class KeyIds {

    private KeyIds() {}

    public static int keyId(String name, byte[] signatureType, byte[] publicKey) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0x0a);
            md.update(signatureType);
            md.update(publicKey);
            byte[] h = md.digest();
            return ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is mandatory in every JDK", e);
        }
    }

    /** Eight lowercase hex digits. */
    public static String hex(int keyId) {
        return String.format("%08x", keyId);
    }

    /** Key names are non-empty and contain no Unicode space and no '+' (signed-note §Format). */
    public static boolean isValidName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (cp == '+' || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp < 0x20) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
