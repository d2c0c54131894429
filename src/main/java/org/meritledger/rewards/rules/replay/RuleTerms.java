package org.meritledger.rewards.rules.replay;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of an award rule: when a result of standard {@code standardCode} takes effect
 * within the window, for a session of unit {@code unitId} or below (null: every unit), and the
 * condition holds, the soldier is given {@code amount} tokens. A retired version
 * ({@code active} false) fires for nothing. Versions of one rule share {@code ruleId}.
 *
 * @param tier the tier of TIER_AT_LEAST and FIRST_TIER_AT_LEAST, else null
 * @param count the N of CONSECUTIVE_PASSES, else 0
 * @param validFrom first day (UTC) of sign-offs it fires for, or null
 * @param validTo last day (UTC), inclusive, or null
 */
public record RuleTerms(
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
        boolean active) {

    /**
     * The state of a stored version, the payload of its {@code rewards.rule.version} entry (the
     * caller makes it canonical JSON). Numbers are longs, dates ISO text, as the JSON reads back.
     */
    public Map<String, Object> toState(long id, Long createdBy, String createdAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("ruleId", ruleId);
        m.put("version", (long) version);
        m.put("name", name);
        m.put("standard", standardCode);
        m.put("condition", condition.name());
        m.put("tier", tier);
        m.put("count", (long) count);
        m.put("amount", amount);
        m.put("validFrom", validFrom == null ? null : validFrom.toString());
        m.put("validTo", validTo == null ? null : validTo.toString());
        m.put("unitId", unitId);
        m.put("active", active);
        m.put("createdBy", createdBy);
        m.put("createdAt", createdAt);
        return m;
    }

    /** Reads what {@link #toState} wrote (after a JSON round trip: numbers as Long). */
    public static RuleTerms fromState(Map<String, Object> m) {
        return new RuleTerms(
                ((Number) m.get("ruleId")).longValue(),
                ((Number) m.get("version")).intValue(),
                (String) m.get("name"),
                (String) m.get("standard"),
                Condition.valueOf((String) m.get("condition")),
                (String) m.get("tier"),
                ((Number) m.get("count")).intValue(),
                ((Number) m.get("amount")).longValue(),
                date(m.get("validFrom")),
                date(m.get("validTo")),
                m.get("unitId") == null ? null : ((Number) m.get("unitId")).longValue(),
                Boolean.TRUE.equals(m.get("active")));
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse((String) o);
    }
}
