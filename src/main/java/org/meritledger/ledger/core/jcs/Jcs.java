package org.meritledger.ledger.core.jcs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * RFC 8785 canonical JSON serialisation of the small value model described in the package doc.
 *
 * <p>Integers are written exactly but only within ±2^53 (I-JSON, RFC 7493 §2.2): beyond that JCS
 * would print the nearest double, silently changing the number, so such values must be strings.
 * {@code BigDecimal} and {@code Float} values are converted to double first, as JCS defines all
 * numbers as IEEE 754 doubles.
 */
public final class Jcs {

    private Jcs() {}

    /** The canonical JSON text of {@code value}. */
    public static String canonicalize(Object value) {
        StringBuilder sb = new StringBuilder(128);
        write(sb, value, 0);
        return sb.toString();
    }

    /** The canonical JSON as UTF-8 bytes: what gets hashed. */
    public static byte[] canonicalBytes(Object value) {
        return canonicalize(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses strict JSON text and returns its canonical form. */
    public static String recanonicalize(String json) {
        return canonicalize(JsonParser.parse(json));
    }

    /** True if {@code json} is strict JSON already in canonical form; never throws. */
    public static boolean isCanonical(String json) {
        try {
            return recanonicalize(json).equals(json);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void write(StringBuilder sb, Object v, int depth) {
        if (depth > JsonParser.MAX_DEPTH) {
            throw new JcsException("nesting deeper than " + JsonParser.MAX_DEPTH);
        }
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            writeString(sb, s);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
            writeInteger(sb, ((Number) v).longValue());
        } else if (v instanceof BigInteger bi) {
            if (bi.bitLength() > 63) {
                throw new JcsException("integer outside ±2^53: " + bi);
            }
            writeInteger(sb, bi.longValue());
        } else if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            sb.append(JcsNumbers.format(((Number) v).doubleValue()));
        } else if (v instanceof Map<?, ?> m) {
            writeObject(sb, m, depth);
        } else if (v instanceof Collection<?> c) {
            writeArray(sb, c, depth);
        } else if (v instanceof Object[] a) {
            writeArray(sb, List.of(a), depth);
        } else {
            throw new JcsException("not a JSON value type: " + v.getClass().getName());
        }
    }

    private static void writeInteger(StringBuilder sb, long n) {
        if (n > JcsNumbers.MAX_SAFE_INTEGER || n < -JcsNumbers.MAX_SAFE_INTEGER) {
            throw new JcsException("integer outside ±2^53 (I-JSON): " + n + "; store it as a string");
        }
        sb.append(n);
    }

    private static void writeObject(StringBuilder sb, Map<?, ?> m, int depth) {
        List<String> keys = new ArrayList<>(m.size());
        for (Object k : m.keySet()) {
            if (!(k instanceof String s)) {
                throw new JcsException("object key is not a string: " + k);
            }
            keys.add(s);
        }
        // RFC 8785 §3.2.3: sort by UTF-16 code units, which is exactly String.compareTo.
        keys.sort(null);
        sb.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            writeString(sb, keys.get(i));
            sb.append(':');
            write(sb, m.get(keys.get(i)), depth + 1);
        }
        sb.append('}');
    }

    private static void writeArray(StringBuilder sb, Collection<?> c, int depth) {
        sb.append('[');
        boolean first = true;
        for (Object e : c) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            write(sb, e, depth + 1);
        }
        sb.append(']');
    }

    /** RFC 8785 §3.2.2.2: only '"', '\\' and C0 controls are escaped; the short forms where JSON has them. */
    static void writeString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append("\\u00")
                                .append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xf, 16));
                    } else if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c)
                                && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            throw new JcsException("lone surrogate U+" + Integer.toHexString(c) + " at index " + i);
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
