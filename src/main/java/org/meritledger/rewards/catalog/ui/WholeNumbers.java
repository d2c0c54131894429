package org.meritledger.rewards.catalog.ui;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Reads a whole number as typed into a text field, so a form can say precisely what is wrong
 * (letters, a fraction) before the service judges the range. Numbers too large for an int are
 * clamped to its limits, which every range check refuses with its own message.
 */
final class WholeNumbers {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern FRACTION = Pattern.compile("[+-]?\\d*[.,]\\d+");

    /** A value (null for an empty field) or the message key of the problem. */
    record Parsed(Integer value, String problem) {}

    private WholeNumbers() {}

    static Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Parsed(null, null);
        }
        if (FRACTION.matcher(t).matches()) {
            return new Parsed(null, "validation.catalog.number.fraction");
        }
        if (!WHOLE.matcher(t).matches()) {
            return new Parsed(null, "validation.catalog.number.notWhole");
        }
        BigInteger v = new BigInteger(t);
        if (v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
            return new Parsed(Integer.MAX_VALUE, null);
        }
        if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            return new Parsed(Integer.MIN_VALUE, null);
        }
        return new Parsed(v.intValue(), null);
    }
}
