package org.meritledger.rewards.movement;

import java.math.BigDecimal;

/**
 * Reads a token amount as typed: a whole number from 1 to the configured maximum. Each way of
 * getting it wrong has its own message key, so the field says exactly what is wrong.
 */
public final class Amounts {

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+([.]\\d+)?");

    private Amounts() {}

    /** The amount, or the problem. */
    public record Parsed(long value, String problemKey) {
        public boolean ok() {
            return problemKey == null;
        }
    }

    public static Parsed parse(String text, long max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return problem("validation.rewards.amount.required");
        }
        if (!NUMBER.matcher(t).matches()) { // not BigDecimal's own syntax: "1e2" and "0x10" are not typed amounts
            return problem("validation.rewards.amount.notNumber");
        }
        BigDecimal d = new BigDecimal(t);
        if (d.signum() <= 0) {
            return problem("validation.rewards.amount.tooSmall");
        }
        if (d.stripTrailingZeros().scale() > 0) {
            return problem("validation.rewards.amount.notWhole");
        }
        if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
            return problem("validation.rewards.amount.tooLarge");
        }
        return new Parsed(d.longValueExact(), null);
    }

    private static Parsed problem(String key) {
        return new Parsed(0, key);
    }
}
