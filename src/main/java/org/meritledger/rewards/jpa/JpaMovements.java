package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementLine;
import org.meritledger.rewards.movement.Movements;

@ApplicationScoped
public class JpaMovements implements Movements {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Movement add(Movement m) {
        em.persist(m);
        em.flush(); // the id is the entry's subject
        return m;
    }

    @Override
    public Optional<Movement> find(long id) {
        return Optional.ofNullable(em.find(Movement.class, id));
    }

    @Override
    public Optional<Movement> reversalOf(long id) {
        return em.createQuery("select m from Movement m where m.reversesId = :id", Movement.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<String> lockSoldier(long soldierId) {
        List<?> rows = em.createNativeQuery("select status from soldier where id = ? for update")
                .setParameter(1, soldierId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0).toString());
    }

    @Override
    public long balance(long soldierId) {
        List<?> rows = em.createNativeQuery("select balance from reward_balance where soldier_id = ?")
                .setParameter(1, soldierId)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Override
    public long addToBalance(long soldierId, long delta) {
        int updated = em.createNativeQuery("update reward_balance set balance = balance + ? where soldier_id = ?")
                .setParameter(1, delta)
                .setParameter(2, soldierId)
                .executeUpdate();
        if (updated == 0) { // first movement: the soldier row lock keeps a second insert out
            em.createNativeQuery("insert into reward_balance (soldier_id, balance) values (?, ?)")
                    .setParameter(1, soldierId)
                    .setParameter(2, delta)
                    .executeUpdate();
        }
        return balance(soldierId);
    }

    @Override
    public long awardedBy(long accountId, Instant from, Instant to) {
        Long sum = em.createQuery(
                        "select sum(m.amount) from Movement m where m.recordedBy = :a and m.kind = :k"
                                + " and m.recordedAt >= :f and m.recordedAt < :t",
                        Long.class)
                .setParameter("a", accountId)
                .setParameter("k", MovementKind.AWARD)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<MovementLine> history(long soldierId, HistoryFilter filter, int offset, int limit) {
        List<Movement> rows = query("select m", soldierId, filter, " order by m.id desc", Movement.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        Map<String, Long> seqs = new HashMap<>();
        if (!rows.isEmpty()) {
            List<String> subjects =
                    rows.stream().map(m -> "reward-movement:" + m.getId()).toList();
            for (Object r : em.createNativeQuery(
                            "select subject, min(seq) from ledger_entry where subject in (:s) group by subject")
                    .setParameter("s", subjects)
                    .getResultList()) {
                Object[] a = (Object[]) r;
                seqs.put((String) a[0], ((Number) a[1]).longValue());
            }
        }
        return rows.stream()
                .map(m -> new MovementLine(
                        m.getId(),
                        m.getKind(),
                        m.getAmount(),
                        m.getCategoryId(),
                        m.getReason(),
                        m.getReversesId(),
                        m.getRecordedBy(),
                        m.getRecordedAt(),
                        seqs.get("reward-movement:" + m.getId())))
                .toList();
    }

    @Override
    public long count(long soldierId, HistoryFilter filter) {
        return query("select count(m)", soldierId, filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, long soldierId, HistoryFilter f, String order, Class<T> type) {
        StringBuilder q = new StringBuilder(select + " from Movement m where m.soldierId = :s");
        if (f.kind() != null) {
            q.append(" and m.kind = :k");
        }
        if (f.from() != null) {
            q.append(" and m.recordedAt >= :f");
        }
        if (f.to() != null) {
            q.append(" and m.recordedAt < :t");
        }
        TypedQuery<T> tq = em.createQuery(q + order, type).setParameter("s", soldierId);
        if (f.kind() != null) {
            tq.setParameter("k", f.kind());
        }
        if (f.from() != null) {
            tq.setParameter("f", f.from());
        }
        if (f.to() != null) {
            tq.setParameter("t", f.to());
        }
        return tq;
    }
}
