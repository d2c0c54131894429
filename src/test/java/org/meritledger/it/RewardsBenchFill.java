package org.meritledger.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierService;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.NewMovement;

/**
 * For {@link RewardsBenchmark} only: fills the database through the real write paths (soldiers
 * through the personnel service, movements through the one movement writer (its batched path, as an award to many soldiers uses), so everything is on
 * the ledger and verifies), many per transaction. The callers set who acts ({@link TestCallers}).
 */
@ApplicationScoped
public class RewardsBenchFill {

    @Inject
    SoldierService soldiers;

    @Inject
    MovementWriter writer;

    @Inject
    LedgerAppend ledger;

    /** Soldiers {@code prefix-from .. prefix-(to-1)} in one unit, one transaction. */
    @Transactional
    public List<Long> soldiers(String prefix, long unitId, int from, int to) {
        List<Long> ids = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            ids.add(soldiers.create(new SoldierDraft(
                            prefix + "-" + i, "Bench" + (i % 1000), "Soldier" + i, Rank.PVT, unitId, null))
                    .id());
        }
        return ids;
    }

    /** One award of {@code amount} for each soldier listed (a soldier may be listed again), one transaction. */
    @Transactional
    public void awards(List<Long> soldierIds, long amount, long categoryId, long actorAccountId) {
        writer.writeAll(soldierIds.stream()
                .map(id -> new NewMovement(
                        id, MovementKind.AWARD, amount, categoryId, "Benchmark fill", null, null, actorAccountId))
                .toList());
    }

    /** The ledger's own rate, for comparison: {@code count} plain entries, one transaction. */
    @Transactional
    public long plainEntries(int count, String tag) {
        long last = -1;
        for (int i = 0; i < count; i++) {
            last = ledger.append("bench.reference", null, Map.of("tag", tag, "n", (long) i));
        }
        return last;
    }
}
