package org.meritledger.rewards.budget;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/** Ledger states of levels, overrides and top-ups, built the same way from entities and from rows. */
public final class BudgetStates {

    private BudgetStates() {}

    public static String level(long depth, long allowance, long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("depth", depth);
        m.put("allowance", allowance);
        m.put("version", version);
        return Jcs.canonicalize(m);
    }

    public static String override(long accountId, Long allowance, long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accountId", accountId);
        m.put("allowance", allowance);
        m.put("version", version);
        return Jcs.canonicalize(m);
    }

    public static String topUp(
            long id, long accountId, String period, long amount, String reason, long recordedBy, String recordedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("accountId", accountId);
        m.put("period", period);
        m.put("amount", amount);
        m.put("reason", reason);
        m.put("recordedBy", recordedBy);
        m.put("recordedAt", recordedAt);
        return Jcs.canonicalize(m);
    }

    static String of(TopUp t) {
        return topUp(
                t.getId(),
                t.getAccountId(),
                t.getPeriod(),
                t.getAmount(),
                t.getReason(),
                t.getRecordedBy(),
                t.getRecordedAt().toString());
    }
}
