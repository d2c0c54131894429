package org.meritledger.rewards.movement;

import java.time.Instant;
import java.util.List;
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

    /** Sum of the AWARD amounts this account recorded in [from, to). */
    long awardedBy(long accountId, Instant from, Instant to);

    /** A soldier's movements, newest first, filtered. */
    List<MovementLine> history(long soldierId, HistoryFilter filter, int offset, int limit);

    long count(long soldierId, HistoryFilter filter);
}
