package org.meritledger.ledger.core;

import java.util.Base64;
import java.util.HexFormat;

/** Small byte helpers shared by failure messages and text formats (lowercase hex, std base64). */
public final class Bytes {

    private static final HexFormat HEX = HexFormat.of();

    private Bytes() {}

    /** Lowercase hex, or {@code "(none)"} for null so failure messages never throw. */
    public static String hex(byte[] bytes) {
        return bytes == null ? "(none)" : HEX.formatHex(bytes);
    }

    public static byte[] fromHex(String hex) {
        return HEX.parseHex(hex);
    }

    /** RFC 4648 §4 standard base64 with padding, as C2SP formats require. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Strict standard base64 decoding: {@link Base64#getDecoder()} already rejects the URL
     * alphabet and line breaks; the round-trip check also rejects non-zero padding bits, so one
     * byte string has exactly one accepted text form.
     *
     * @throws IllegalArgumentException if {@code text} is not canonical base64
     */
    public static byte[] fromBase64(String text) {
        byte[] out = Base64.getDecoder().decode(text);
        if (!base64(out).equals(text)) {
            throw new IllegalArgumentException("non-canonical base64: " + text);
        }
        return out;
    }
}
