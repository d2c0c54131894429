package org.meritledger.rewards.rules.replay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule award (and the reversal of one) names in its movement's {@code reference}, and so
 * in its ledger entry: {@code rule:<rule>v<version>/result:<result>/entry:<seq>}, where
 * {@code entry} is the ledger entry that triggered it (the result's signed entry, or the entry
 * that made a correction count).
 */
public record RuleReference(long ruleId, int version, long resultId, long triggerSeq) {

    private static final Pattern FORM =
            Pattern.compile("rule:(\\d{1,18})v(\\d{1,9})/result:(\\d{1,18})/entry:(\\d{1,18})");

    public static final String PREFIX = "rule:";

    @Override
    public String toString() {
        return PREFIX + ruleId + "v" + version + "/result:" + resultId + "/entry:" + triggerSeq;
    }

    /** The start every movement of this rule version for this result shares, for a prefix search. */
    public static String prefix(long ruleId, int version, long resultId) {
        return PREFIX + ruleId + "v" + version + "/result:" + resultId + "/";
    }

    /** The reference read back, or null if it is not a rule award's. */
    public static RuleReference parse(String reference) {
        if (reference == null) {
            return null;
        }
        Matcher m = FORM.matcher(reference);
        if (!m.matches()) {
            return null;
        }
        return new RuleReference(
                Long.parseLong(m.group(1)),
                Integer.parseInt(m.group(2)),
                Long.parseLong(m.group(3)),
                Long.parseLong(m.group(4)));
    }
}
