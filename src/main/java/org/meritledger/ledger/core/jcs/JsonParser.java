package org.meritledger.ledger.core.jcs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON parser (RFC 8259) producing the value model of {@link Jcs}.
 *
 * <p>Strict because a standalone verifier re-canonicalises payload text read from storage: it
 * must reject what JCS cannot represent instead of guessing. Beyond RFC 8259 it enforces I-JSON
 * (RFC 7493): no duplicate member names, no lone surrogates (raw or escaped), finite numbers.
 * Objects become {@code LinkedHashMap}s, arrays {@code ArrayList}s, integers within ±2^53 {@code
 * Long}s and every other number a {@code Double} (JCS treats all numbers as doubles anyway).
 */
public final class JsonParser {

    /** Nesting limit, so hostile input cannot exhaust the stack. */
    public static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private JsonParser(String s) {
        this.s = s;
    }

    /** Parses one JSON value; only whitespace may surround it. */
    public static Object parse(String json) {
        JsonParser p = new JsonParser(json);
        p.skipWhitespace();
        Object v = p.value(0);
        p.skipWhitespace();
        if (p.pos != json.length()) {
            throw p.error("trailing characters after the JSON value");
        }
        return v;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        if (pos >= s.length()) {
            throw error("unexpected end of input");
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return null;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) {
        pos++; // '{'
        Map<String, Object> m = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return m;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name");
            }
            int keyAt = pos;
            String key = string();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            Object v = value(depth + 1);
            if (m.containsKey(key)) {
                throw new JsonParseException("duplicate member name \"" + key + "\" (RFC 7493 §2.3)", keyAt);
            }
            m.put(key, v);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) {
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipWhitespace();
            list.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder sb = null;
        int runStart = pos;
        while (true) {
            if (pos >= s.length()) {
                throw error("unterminated string");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                String out = sb == null
                        ? s.substring(runStart, pos)
                        : sb.append(s, runStart, pos).toString();
                pos++;
                return out;
            }
            if (c < 0x20) {
                throw error("unescaped control character in string");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && pos + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(pos + 1))) {
                    pos += 2;
                    continue;
                }
                throw error("lone surrogate in string");
            }
            if (c != '\\') {
                pos++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder();
            }
            sb.append(s, runStart, pos);
            pos++;
            sb.append(escape());
            runStart = pos;
        }
    }

    /** Decodes one escape (after the backslash), pairing \\uD8xx\\uDCxx surrogates. */
    private String escape() {
        if (pos >= s.length()) {
            throw error("unterminated escape");
        }
        char c = s.charAt(pos++);
        switch (c) {
            case '"':
                return "\"";
            case '\\':
                return "\\";
            case '/':
                return "/";
            case 'b':
                return "\b";
            case 'f':
                return "\f";
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u':
                char u = hex4();
                if (Character.isHighSurrogate(u)) {
                    if (s.startsWith("\\u", pos)) {
                        pos += 2;
                        char low = hex4();
                        if (Character.isLowSurrogate(low)) {
                            return new String(new char[] {u, low});
                        }
                    }
                    throw error("escaped lone high surrogate");
                }
                if (Character.isLowSurrogate(u)) {
                    throw error("escaped lone low surrogate");
                }
                return String.valueOf(u);
            default:
                pos--;
                throw error("invalid escape '\\" + c + "'");
        }
    }

    private char hex4() {
        if (pos + 4 > s.length()) {
            throw error("truncated \\u escape");
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos), 16);
            if (d < 0) {
                throw error("bad hex digit in \\u escape");
            }
            v = (v << 4) | d;
            pos++;
        }
        return (char) v;
    }

    /** RFC 8259 §6 grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    private Object number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("digit expected");
        }
        boolean integral = true;
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("digit expected after '.'");
            }
            digits();
            integral = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("digit expected in exponent");
            }
            digits();
            integral = false;
        }
        String text = s.substring(start, pos);
        if (integral && text.length() <= 17) {
            long v = Long.parseLong(text);
            if (Math.abs(v) <= JcsNumbers.MAX_SAFE_INTEGER) {
                return v;
            }
        }
        double d = Double.parseDouble(text);
        if (Double.isInfinite(d)) {
            throw new JsonParseException("number out of double range", start);
        }
        return d;
    }

    private void digits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        if (!s.startsWith(word, pos)) {
            throw error("invalid literal");
        }
        pos += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    /** The current char, or NUL at end of input (NUL can never be valid there). */
    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonParseException error(String message) {
        return new JsonParseException(message, pos);
    }
}
