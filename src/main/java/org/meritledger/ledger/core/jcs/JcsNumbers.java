package org.meritledger.ledger.core.jcs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Serialises doubles the way RFC 8785 §3.2.2.3 requires: ECMAScript's Number.prototype.toString
 * (ECMA-262 §7.1.12.1, "Number::toString").
 *
 * <p>JDK 17's {@code Double.toString} does not always give the shortest round-tripping digits
 * (fixed only in JDK 19), so the digits are found here directly: the shortest precision whose
 * floor or ceiling decimal parses back to the same double, preferring the one closer to the exact
 * binary value. Slower than Ryu-style printers, but simple enough to check by reading.
 */
public final class JcsNumbers {

    /** 2^53: integers up to this magnitude are exact in a double, and so safe in JSON. */
    public static final long MAX_SAFE_INTEGER = 1L << 53;

    private JcsNumbers() {}

    /** @throws JcsException for NaN and infinities, which JSON cannot express */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new JcsException("RFC 8785 §3.2.2.3: NaN and Infinity are not JSON numbers");
        }
        if (value == 0) {
            return "0"; // ECMAScript prints -0 as "0" too.
        }
        if (value == Math.rint(value) && Math.abs(value) < MAX_SAFE_INTEGER) {
            return Long.toString((long) value); // fast path, same result as the general one
        }
        String sign = value < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // value = digits × 10^(n−k)
        return sign + layout(digits, k, n);
    }

    /**
     * The shortest decimal that parses back to {@code v}, closest to it among equally short ones.
     * If some p-digit decimal round-trips, so does a (p+1)-digit one (append a zero), so the
     * search can walk down from the digit count of {@code Double.toString} (which always
     * round-trips, though in JDK 17 it is sometimes one digit too long) and stop at the first
     * length that fails.
     */
    private static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        BigDecimal best = null;
        int p = new BigDecimal(Double.toString(v)).stripTrailingZeros().precision();
        for (; p >= 1; p--) {
            BigDecimal c = closestRoundTripping(exact, v, p);
            if (c == null) {
                break;
            }
            best = c;
        }
        if (best == null) {
            throw new IllegalStateException("no round-tripping decimal for " + v); // Double.toString guarantees one
        }
        return best.stripTrailingZeros();
    }

    /** Of the p-digit decimals just below and above the exact value, the closer one that round-trips. */
    private static BigDecimal closestRoundTripping(BigDecimal exact, double v, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = Double.parseDouble(down.toString()) == v;
        boolean upOk = down.compareTo(up) != 0 && Double.parseDouble(up.toString()) == v;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp == 0) { // exact tie: ECMA-262 Note 2 asks for the even digit string
                return down.unscaledValue().testBit(0) ? up : down;
            }
            return cmp < 0 ? down : up;
        }
        return downOk ? down : upOk ? up : null;
    }

    /** ECMA-262 Number::toString steps 6-10, for k significant digits and decimal exponent n. */
    private static String layout(String digits, int k, int n) {
        StringBuilder sb = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            sb.append(digits);
            sb.append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return sb.toString();
    }
}
