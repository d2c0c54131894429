package org.meritledger.rewards.rules;

import java.time.LocalDate;
import org.meritledger.rewards.rules.replay.Condition;

/**
 * A rule as typed into the form, unchecked: amount and count are the text the user typed.
 *
 * @param tier for TIER_AT_LEAST and FIRST_TIER_AT_LEAST
 * @param count for CONSECUTIVE_PASSES
 * @param unitId null: every unit
 */
public record RuleDraft(
        String name,
        String standardCode,
        Condition condition,
        String tier,
        String count,
        String amount,
        LocalDate validFrom,
        LocalDate validTo,
        Long unitId) {}
