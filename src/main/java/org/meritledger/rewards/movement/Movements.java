package org.meritledger.rewards.movement;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored movements and the balance cache. Movements are append-only: there is no update or delete. */
public interface Movements {

    Movement add(Movement m);

    Optional<Movement> find(long id);

    /** The movement that reverses this one, if any. */
    Optional<Movement> reversalOf(long id);

    /**
     * Locks the soldier's row until the transaction ends, so movements of one soldier are written
     * one after another (the balance cache stays exact; later, holds cannot overdraw).
     *
     * @return the soldier's status name, or empty if there is no such soldier
     */
    Optional<String> lockSoldier(long soldierId);

    /** The cached balance (0 without movements). */
    long balance(long soldierId);

    /** Adds to the cached balance (creates it at 0 first); the soldier must be locked. */
    long addToBalance(long soldierId, long delta);

    /**
     * Locks these soldiers' rows in ascending id order (two writers locking overlapping sets
     * never deadlock) until the transaction ends. The stored implementation does it in one
     * statement; this default one soldier at a time.
     *
     * @return id → status name for the soldiers that exist
     */
    default Map<Long, String> lockSoldiers(Collection<Long> soldierIds) {
        Map<Long, String> out = new LinkedHashMap<>();
        soldierIds.stream().sorted().distinct().forEach(id -> lockSoldier(id).ifPresent(st -> out.put(id, st)));
        return out;
    }

    /** Stores the rows (ids assigned), as {@link #add} each; the stored implementation in one batch. */
    default void addAll(List<Movement> rows) {
        rows.forEach(this::add);
    }

    /** Adds each soldier's delta to the cached balance; the soldiers must be locked. Returns the new balances. */
    default Map<Long, Long> addToBalances(Map<Long, Long> deltas) {
        Map<Long, Long> out = new LinkedHashMap<>();
        deltas.forEach((id, d) -> out.put(id, addToBalance(id, d)));
        return out;
    }

    /** The movements with these ids (those that exist). */
    default List<Movement> findAll(Collection<Long> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /** Sum of the AWARD amounts this account recorded in [from, to). */
    long awardedBy(long accountId, Instant from, Instant to);

    /** A soldier's movements, newest first, filtered. */
    List<MovementLine> history(long soldierId, HistoryFilter filter, int offset, int limit);

    long count(long soldierId, HistoryFilter filter);
}
