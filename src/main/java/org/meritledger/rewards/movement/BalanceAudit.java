package org.meritledger.rewards.movement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recomputes every soldier's balance from movements fed one at a time (a single streaming pass,
 * no query per soldier) and compares the result with the cached balances. Pure, so the
 * verifier and the property tests share it.
 */
public final class BalanceAudit {

    /** A soldier whose cached balance is not the sum of their movements. */
    public record Mismatch(long soldierId, long sum, Long cached, long lastMovementId) {}

    private final Map<Long, long[]> sums = new HashMap<>(); // soldier -> {sum, last movement id}

    public void add(long soldierId, long movementId, long amount) {
        long[] s = sums.computeIfAbsent(soldierId, k -> new long[] {0, 0});
        s[0] = Math.addExact(s[0], amount);
        s[1] = Math.max(s[1], movementId);
    }

    public long sum(long soldierId) {
        long[] s = sums.get(soldierId);
        return s == null ? 0 : s[0];
    }

    /**
     * Soldiers whose cache disagrees, in soldier order. A missing cache row counts as 0; a
     * cache row without movements must be 0 (its lastMovementId is then 0).
     */
    public List<Mismatch> compare(Map<Long, Long> cached) {
        List<Mismatch> out = new ArrayList<>();
        for (Map.Entry<Long, long[]> e : sums.entrySet()) {
            Long c = cached.get(e.getKey());
            if ((c == null ? 0 : c) != e.getValue()[0]) {
                out.add(new Mismatch(e.getKey(), e.getValue()[0], c, e.getValue()[1]));
            }
        }
        for (Map.Entry<Long, Long> c : cached.entrySet()) {
            if (!sums.containsKey(c.getKey()) && c.getValue() != 0) {
                out.add(new Mismatch(c.getKey(), 0, c.getValue(), 0));
            }
        }
        out.sort(java.util.Comparator.comparingLong(Mismatch::soldierId));
        return out;
    }
}
