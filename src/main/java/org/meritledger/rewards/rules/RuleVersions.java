package org.meritledger.rewards.rules;

import java.util.List;
import java.util.Map;

/** Stored rule versions. */
public interface RuleVersions {

    /** A version with the sequence number of its ledger entry (which rules were in force when). */
    record Entered(RuleVersion version, long seq) {}

    RuleVersion add(RuleVersion v);

    /** Every version of every rule with its entry, by rule, oldest version first. */
    List<Entered> all();

    /** The versions of one rule, oldest first. */
    List<RuleVersion> ofRule(long ruleId);

    /** An id for a new rule (one above the highest; the unique (rule, version) key stops a race). */
    long nextRuleId();

    /** How many rule awards each rule gave (not counting reversed ones), by rule id. */
    Map<Long, Long> firedCounts();
}
