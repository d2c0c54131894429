package org.meritledger.rewards.leaderboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Sums over many soldiers' movements, counted in the database. */
public interface TokenTallies {

    /**
     * Each soldier of these units with movements in [from, to) (soldiers are counted in the unit
     * they are in now: a transfer takes the history along).
     */
    List<Tally> tallies(Collection<Long> unitIds, Instant from, Instant to);

    /** What the soldiers of these units hold: number of soldiers with a balance row, and its sum. */
    UnitBalance balances(Collection<Long> unitIds);

    record UnitBalance(long soldiers, long total) {}
}
