package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.meritledger.rewards.leaderboard.Tally;
import org.meritledger.rewards.leaderboard.TokenTallies;

/**
 * Leaderboard sums in one grouped query per period: the period index (recorded_at, soldier_id,
 * kind, amount) covers the movements read, the soldier's primary key their unit. A reversal
 * counts against what it reverses by its sign: a positive one gives back a deduction, a negative
 * one takes back an award (holds, releases and refunds are spending, not merit, and not counted).
 */
@ApplicationScoped
public class JpaTokenTallies implements TokenTallies {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<Tally> tallies(Collection<Long> unitIds, Instant from, Instant to) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.soldier_id,"
                        + " sum(case when m.kind in ('AWARD', 'RULE_AWARD') or (m.kind = 'REVERSAL' and m.amount < 0)"
                        + "     then m.amount else 0 end),"
                        + " sum(case when m.kind = 'DEDUCTION' or (m.kind = 'REVERSAL' and m.amount > 0)"
                        + "     then -m.amount else 0 end),"
                        + " sum(case when m.kind = 'DEDUCTION' then 1 else 0 end)"
                        + " from reward_movement m join soldier s on s.id = m.soldier_id"
                        + " where m.recorded_at >= :from and m.recorded_at < :to and s.unit_id in (:units)"
                        + " group by m.soldier_id")
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("units", unitIds)
                .getResultList();
        return rows.stream()
                .map(r -> new Tally(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }

    @Override
    public UnitBalance balances(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return new UnitBalance(0, 0);
        }
        Object[] r = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(b.balance), 0)"
                        + " from reward_balance b join soldier s on s.id = b.soldier_id where s.unit_id in (:units)")
                .setParameter("units", unitIds)
                .getSingleResult();
        return new UnitBalance(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }
}
