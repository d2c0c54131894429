package org.meritledger.ledger.core.jcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JcsTest {

    // RFC 8785 §3.2.2 (input) and §3.2.3/§3.2.4 (its canonical output, "literals" first).
    private static final String RFC_3_2_2_INPUT = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
              "literals": [null, true, false]
            }
            """;
    private static final String RFC_3_2_2_OUTPUT =
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                    + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";

    @Test
    void rfc8785Section322Example() {
        assertEquals(RFC_3_2_2_OUTPUT, Jcs.recanonicalize(RFC_3_2_2_INPUT));
        assertTrue(Jcs.isCanonical(RFC_3_2_2_OUTPUT));
        assertFalse(Jcs.isCanonical(RFC_3_2_2_INPUT));
    }

    // RFC 8785 §3.2.4: the UTF-8 bytes of the §3.2.2 output, as the RFC lists them in hex.
    @Test
    void rfc8785Section324Utf8() {
        String hex = "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b3333"
                + "333333333333332e333333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e"
                + "67223a22e282ac245c75303030665c6e4127425c225c5c5c5c5c222f227d";
        assertEquals(hex, java.util.HexFormat.of().formatHex(Jcs.canonicalBytes(JsonParser.parse(RFC_3_2_2_INPUT))));
    }

    // RFC 8785 §3.2.3: sorting by UTF-16 code units, including a surrogate pair and U+FB33.
    @Test
    void rfc8785Section323Sorting() {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;
        String expected = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";
        assertEquals(expected, Jcs.recanonicalize(input));
    }

    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2",
    })
    void rfc8785AppendixBNumbers(String bits, String expected) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertEquals(expected, JcsNumbers.format(d));
        // And the parser reads the canonical text back to the same double.
        assertEquals(expected, Jcs.recanonicalize(expected));
    }

    // RFC 8785 Appendix B: NaN and Infinity must raise errors.
    @ParameterizedTest
    @ValueSource(strings = {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void rfc8785AppendixBErrors(String bits) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThrows(JcsException.class, () -> Jcs.canonicalize(d));
    }

    @Test
    void javaValueModel() {
        Map<String, Object> m = new HashMap<>();
        m.put("b", List.of(1, 2L, BigInteger.TEN, 1.5, true));
        m.put("a", null);
        m.put("c", Map.of("z", "\u0001\t/\u007f"));
        assertEquals("{\"a\":null,\"b\":[1,2,10,1.5,true],\"c\":{\"z\":\"\\u0001\\t/\u007f\"}}", Jcs.canonicalize(m));
        assertEquals("[1,-0.5,100]", Jcs.canonicalize(Arrays.asList(1.0, -0.5, 1e2)));
    }

    @Test
    void rejectsValuesOutsideTheModel() {
        assertThrows(JcsException.class, () -> Jcs.canonicalize((1L << 53) + 1));
        assertThrows(JcsException.class, () -> Jcs.canonicalize(BigInteger.ONE.shiftLeft(70)));
        assertThrows(JcsException.class, () -> Jcs.canonicalize("\ud800x"));
        assertThrows(JcsException.class, () -> Jcs.canonicalize(Map.of(1, "x")));
        assertThrows(JcsException.class, () -> Jcs.canonicalize(new Object()));
        assertEquals("9007199254740992", Jcs.canonicalize(1L << 53));
    }

    @Test
    void bigIntegerLiteralsBecomeDoublesLikeJcs() {
        // Beyond 2^53 JCS prints the nearest double (RFC 8785 Appendix B, 4430000000000000).
        assertEquals("295147905179352830000", Jcs.recanonicalize("295147905179352825856"));
        assertEquals("[1,0,0.1]", Jcs.recanonicalize("[1.0, -0, 1e-1]"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{",
                "[1,]",
                "{\"a\":1,}",
                "01",
                "-",
                "1.",
                ".5",
                "1e",
                "+1",
                "NaN",
                "Infinity",
                "'a'",
                "\"\\x\"",
                "\"\u0001\"",
                "\"\\ud800\"",
                "\"\\udc00\"",
                "\"\\ud800\\u0041\"",
                "{\"a\":1,\"a\":2}",
                "{\"a\" 1}",
                "[1] x",
                "tru",
                "nul",
                "1e400",
                "{a:1}",
                "[1 2]",
                "\"abc",
            })
    void parserRejects(String bad) {
        assertThrows(JsonParseException.class, () -> JsonParser.parse(bad), bad);
    }

    @Test
    void parserRejectsRawLoneSurrogateAndDeepNesting() {
        assertThrows(JsonParseException.class, () -> JsonParser.parse("\"\ud800\""));
        assertThrows(JsonParseException.class, () -> JsonParser.parse("[".repeat(100) + "]".repeat(100)));
        JsonParser.parse("[".repeat(60) + "]".repeat(60));
    }

    @Test
    void parserModel() {
        Object v = JsonParser.parse(
                " {\"s\":\"a\\\"\\n\\u00e9\\ud83d\\ude00\", \"n\":[0,-1,9007199254740993,2.5e0], \"o\":{}, \"l\":[]} ");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertTrue(m instanceof LinkedHashMap);
        assertEquals("a\"\n\u00e9\ud83d\ude00", m.get("s"));
        assertEquals(List.of(0L, -1L, 9007199254740992.0, 2.5), m.get("n"));
        assertEquals(Map.of(), m.get("o"));
        assertEquals(new ArrayList<>(), m.get("l"));
        assertArrayEquals(
                "{\"l\":[],\"n\":[0,-1,9007199254740992,2.5],\"o\":{},\"s\":\"a\\\"\\n\u00e9\ud83d\ude00\"}"
                        .getBytes(StandardCharsets.UTF_8),
                Jcs.canonicalBytes(v));
    }

    @Test
    void roundTripsManyDoubles() {
        java.util.Random r = new java.util.Random(8785);
        for (int i = 0; i < 20000; i++) {
            double d = Double.longBitsToDouble(r.nextLong());
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String s = JcsNumbers.format(d);
            assertEquals(d == 0 ? 0.0 : d, Double.parseDouble(s), s);
            // Never longer than Java's own (round-tripping) digits.
            String java = new java.math.BigDecimal(Double.toString(Math.abs(d)))
                    .stripTrailingZeros()
                    .unscaledValue()
                    .toString();
            String ours = s.replace("-", "")
                    .replaceAll("e.*", "")
                    .replace(".", "")
                    .replaceAll("^0+", "")
                    .replaceAll("0+$", "");
            assertTrue(ours.length() <= java.replaceAll("0+$", "").length(), s + " vs " + Double.toString(d));
        }
    }

    /** Exhaustive reference: every precision from 1 up, both neighbours, closest wins. */
    static String referenceDigits(double v) {
        java.math.BigDecimal exact = new java.math.BigDecimal(Math.abs(v));
        for (int p = 1; p <= 17; p++) {
            java.math.BigDecimal down = exact.round(new java.math.MathContext(p, java.math.RoundingMode.FLOOR));
            java.math.BigDecimal up = exact.round(new java.math.MathContext(p, java.math.RoundingMode.CEILING));
            boolean dOk = Double.parseDouble(down.toString()) == Math.abs(v);
            boolean uOk = Double.parseDouble(up.toString()) == Math.abs(v);
            if (dOk || uOk) {
                java.math.BigDecimal pick = dOk && uOk
                        ? (exact.subtract(down).compareTo(up.subtract(exact)) <= 0 ? down : up)
                        : dOk ? down : up;
                return pick.stripTrailingZeros().unscaledValue().toString();
            }
        }
        throw new AssertionError();
    }

    @Test
    void digitsMatchExhaustiveSearch() {
        java.util.Random r = new java.util.Random(2024);
        for (int i = 0; i < 5000; i++) {
            double d = i % 2 == 0
                    ? Double.longBitsToDouble(r.nextLong())
                    : r.nextInt(1_000_000) / 1000.0 + r.nextInt(100) * 1e-7;
            if (Double.isNaN(d)
                    || Double.isInfinite(d)
                    || d == 0
                    || (d == Math.rint(d) && Math.abs(d) < 9.007199254740992E15)) {
                continue;
            }
            String ours = JcsNumbers.format(d)
                    .replace("-", "")
                    .replaceAll("e.*", "")
                    .replace(".", "")
                    .replaceAll("^0+", "");
            assertEquals(referenceDigits(d), ours.replaceAll("0+$", ""), Double.toString(d));
        }
    }
}
