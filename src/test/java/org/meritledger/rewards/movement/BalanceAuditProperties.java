package org.meritledger.rewards.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Balance = sum of the soldier's movements, for thousands of random movements: the streaming
 * audit the verifier uses agrees with a slow, obviously correct reference (a filter per
 * soldier), accepts a cache that holds those sums, and names exactly the soldier whose cached
 * balance was changed, with their latest movement.
 */
class BalanceAuditProperties {

    record Move(long soldierId, long amount) {}

    @Provide
    Arbitrary<List<Move>> movements() {
        Arbitrary<Long> soldier = Arbitraries.longs().between(1, 60);
        Arbitrary<Long> amount =
                Arbitraries.longs().between(-100, 100).filter(a -> a != 0); // the table refuses a zero movement
        return Combinators.combine(soldier, amount)
                .as(Move::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4000);
    }

    private static long referenceSum(List<Move> moves, long soldierId) {
        return moves.stream()
                .filter(m -> m.soldierId() == soldierId)
                .mapToLong(Move::amount)
                .sum();
    }

    private static BalanceAudit audit(List<Move> moves) {
        BalanceAudit a = new BalanceAudit();
        for (int i = 0; i < moves.size(); i++) {
            a.add(moves.get(i).soldierId(), i + 1, moves.get(i).amount()); // ids ascend like the table's
        }
        return a;
    }

    /** The cache as MovementWriter keeps it: one running sum per soldier, updated per movement. */
    private static Map<Long, Long> runningCache(List<Move> moves) {
        Map<Long, Long> cache = new HashMap<>();
        moves.forEach(m -> cache.merge(m.soldierId(), m.amount(), Long::sum));
        return cache;
    }

    @Property(tries = 200)
    void theAuditsSumIsTheSumOfTheSoldiersMovements(@ForAll("movements") List<Move> moves) {
        BalanceAudit a = audit(moves);
        for (long s = 1; s <= 60; s++) {
            assertEquals(referenceSum(moves, s), a.sum(s), "soldier " + s);
        }
        assertTrue(a.compare(runningCache(moves)).isEmpty(), "a cache kept per movement agrees");
    }

    @Property(tries = 200)
    void aChangedBalanceIsFoundAndNamesTheSoldiersLatestMovement(
            @ForAll("movements") List<Move> moves,
            @ForAll @IntRange(min = 0, max = 10_000) int pick,
            @ForAll @IntRange(min = 1, max = 1000) int delta) {
        Map<Long, Long> cache = runningCache(moves);
        Move victim = moves.get(pick % moves.size());
        cache.merge(victim.soldierId(), (long) delta, Long::sum);

        List<BalanceAudit.Mismatch> found = audit(moves).compare(cache);

        assertEquals(1, found.size());
        BalanceAudit.Mismatch m = found.get(0);
        assertEquals(victim.soldierId(), m.soldierId());
        assertEquals(referenceSum(moves, victim.soldierId()), m.sum());
        long latest = 0;
        for (int i = 0; i < moves.size(); i++) {
            if (moves.get(i).soldierId() == victim.soldierId()) {
                latest = i + 1;
            }
        }
        assertEquals(latest, m.lastMovementId());
    }

    @Property(tries = 100)
    void aMissingOrExtraCacheRowIsFound(@ForAll("movements") List<Move> moves) {
        Map<Long, Long> cache = runningCache(moves);
        long nonZero = cache.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(-1L);
        if (nonZero > 0) {
            cache.remove(nonZero);
            assertEquals(
                    List.of(nonZero),
                    audit(moves).compare(cache).stream()
                            .map(BalanceAudit.Mismatch::soldierId)
                            .toList());
            cache.put(nonZero, referenceSum(moves, nonZero));
        }
        cache.put(999L, 5L); // a balance for a soldier without any movement
        List<BalanceAudit.Mismatch> found = audit(moves).compare(cache);
        assertEquals(1, found.size());
        assertEquals(999L, found.get(0).soldierId());
        assertEquals(0, found.get(0).lastMovementId());
    }
}
