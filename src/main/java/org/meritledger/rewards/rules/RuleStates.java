package org.meritledger.rewards.rules;

import java.time.Instant;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.rewards.rules.replay.RuleTerms;

/**
 * The recorded state of a rule version: the payload of its {@code rewards.rule.version} entry
 * and what verification rebuilds from the row. The fields are {@link RuleTerms#toState}'s, so
 * the replay reads back exactly what was written.
 */
public final class RuleStates {

    public static final String ENTRY_TYPE = "rewards.rule.version";
    public static final String SUBJECT = "reward-rule-version:";

    private RuleStates() {}

    public static String state(long id, RuleTerms t, Long createdBy, Instant createdAt) {
        return Jcs.canonicalize(t.toState(id, createdBy, createdAt.toString()));
    }

    static String of(RuleVersion v) {
        return state(v.getId(), v.terms(), v.getCreatedBy(), v.getCreatedAt());
    }
}
