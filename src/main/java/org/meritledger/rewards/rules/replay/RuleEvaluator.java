package org.meritledger.rewards.rules.replay;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Whether a rule version applies to a result and whether its condition holds. Used by the
 * portal when a result takes effect and by {@link RuleReplay}: one definition for both.
 */
public final class RuleEvaluator {

    /** Deeper unit trees than this are taken as a loop in the data, not as a chain of command. */
    private static final int MAX_DEPTH = 64;

    private RuleEvaluator() {}

    /**
     * @param sessionUnitId the unit whose session produced the result
     * @param signedOn the UTC day the result was signed off
     * @param parentOf a unit's parent, or null at the top
     */
    public static boolean applies(
            RuleTerms t, String standardCode, LocalDate signedOn, long sessionUnitId, LongFunction<Long> parentOf) {
        if (!t.active() || !t.standardCode().equals(standardCode)) {
            return false;
        }
        if (t.validFrom() != null && signedOn.isBefore(t.validFrom())) {
            return false;
        }
        if (t.validTo() != null && signedOn.isAfter(t.validTo())) {
            return false;
        }
        if (t.unitId() == null) {
            return true;
        }
        Long u = sessionUnitId;
        for (int i = 0; u != null && i < MAX_DEPTH; i++) {
            if (u.longValue() == t.unitId()) {
                return true;
            }
            u = parentOf.apply(u);
        }
        return false;
    }

    /**
     * @param now the result's values in effect
     * @param earlier the soldier's earlier results of the same standard, oldest first, with their
     *     values in effect; absent and excused ones are skipped here (they neither break nor extend a run)
     */
    public static boolean due(RuleTerms t, Outcome now, List<Outcome> earlier) {
        if (!now.present()) {
            return false;
        }
        List<Outcome> before = earlier.stream().filter(Outcome::present).toList();
        switch (t.condition()) {
            case TIER_AT_LEAST:
                return Tiers.atLeast(now.tier(), t.tier());
            case PASS:
                return now.pass();
            case FIRST_TIER_AT_LEAST:
                return Tiers.atLeast(now.tier(), t.tier())
                        && before.stream().noneMatch(o -> Tiers.atLeast(o.tier(), t.tier()));
            case CONSECUTIVE_PASSES: {
                if (!now.pass() || t.count() < 1) {
                    return false;
                }
                int run = 1;
                for (int i = before.size() - 1; i >= 0 && before.get(i).pass(); i--) {
                    run++;
                }
                return run % t.count() == 0;
            }
            case BETTER_THAN_PREVIOUS: {
                String previous = null;
                for (int i = before.size() - 1; i >= 0 && previous == null; i--) {
                    previous = before.get(i).tier();
                }
                return Tiers.better(now.tier(), previous);
            }
            default:
                return false;
        }
    }
}
