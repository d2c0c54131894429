package org.meritledger.rewards.rules;

import java.time.Instant;
import java.time.LocalDate;
import org.meritledger.rewards.rules.replay.Condition;

/**
 * A rule version as screens show it.
 *
 * @param unitPath the unit's path, or null for every unit
 * @param fired rule awards the rule gave so far (all its versions, reversed ones not counted); 0 in a version's history
 * @param seq the sequence number of the version's ledger entry
 */
public record RuleRow(
        long id,
        long ruleId,
        int version,
        String name,
        String standardCode,
        Condition condition,
        String tier,
        int count,
        long amount,
        LocalDate validFrom,
        LocalDate validTo,
        Long unitId,
        String unitPath,
        boolean active,
        long fired,
        long seq,
        Instant createdAt) {}
