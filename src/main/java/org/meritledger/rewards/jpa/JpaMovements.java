package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementLine;
import org.meritledger.rewards.movement.Movements;

@ApplicationScoped
public class JpaMovements implements Movements {

    /** Ids per IN list: well below every driver's parameter limit. */
    private static final int IN_LIST = 1000;

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Movement add(Movement m) {
        em.persist(m);
        em.flush(); // the id is the entry's subject
        return m;
    }

    /** One JDBC batch on the transaction's connection; the ids the database gave are set on the rows. */
    @Override
    public void addAll(List<Movement> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush(); // rows persisted earlier in the transaction go first (soldiers, categories: the keys)
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into reward_movement (soldier_id, kind, amount, category_id, reason, reverses_id,"
                            + " reference, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                for (Movement m : rows) {
                    ps.setLong(1, m.getSoldierId());
                    ps.setString(2, m.getKind().name());
                    ps.setLong(3, m.getAmount());
                    ps.setObject(4, m.getCategoryId(), Types.BIGINT);
                    ps.setString(5, m.getReason());
                    ps.setObject(6, m.getReversesId(), Types.BIGINT);
                    ps.setString(7, m.getReference());
                    ps.setObject(8, m.getRecordedBy(), Types.BIGINT);
                    ps.setObject(9, m.getRecordedAt().atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (Movement m : rows) {
                        if (!keys.next()) {
                            throw new SQLException("the database returned fewer ids than rows inserted");
                        }
                        m.stored(keys.getLong(1));
                    }
                }
            }
        });
    }

    @Override
    public Map<Long, String> lockSoldiers(Collection<Long> soldierIds) {
        List<Long> ids = soldierIds.stream().sorted().distinct().toList();
        Map<Long, String> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
            // in id order, so two writers locking overlapping soldiers never deadlock
            for (Object r : em.createNativeQuery(
                            "select id, status from soldier where id in (:ids) order by id for update")
                    .setParameter("ids", part)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList()) {
                Object[] a = (Object[]) r;
                out.put(((Number) a[0]).longValue(), a[1].toString());
            }
        }
        return out;
    }

    /** Two batches at most (updates, then inserts for first movements) and one read of the results. */
    @Override
    public Map<Long, Long> addToBalances(Map<Long, Long> deltas) {
        if (deltas.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = new ArrayList<>(deltas.keySet());
        em.unwrap(Session.class).doWork(c -> {
            List<Long> fresh = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("update reward_balance set balance = balance + ? where soldier_id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, deltas.get(id));
                    ps.setLong(2, id);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        fresh.add(ids.get(i));
                    }
                }
            }
            if (!fresh.isEmpty()) { // first movements: the soldier row locks keep a second insert out
                try (PreparedStatement ps =
                        c.prepareStatement("insert into reward_balance (soldier_id, balance) values (?, ?)")) {
                    for (long id : fresh) {
                        ps.setLong(1, id);
                        ps.setLong(2, deltas.get(id));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        });
        Map<Long, Long> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (Object r : em.createNativeQuery(
                            "select soldier_id, balance from reward_balance where soldier_id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList()) {
                Object[] a = (Object[]) r;
                out.put(((Number) a[0]).longValue(), ((Number) a[1]).longValue());
            }
        }
        return out;
    }

    @Override
    public List<Movement> findAll(Collection<Long> ids) {
        List<Long> list = List.copyOf(ids);
        List<Movement> out = new ArrayList<>(list.size());
        for (int from = 0; from < list.size(); from += IN_LIST) {
            out.addAll(em.createQuery("select m from Movement m where m.id in :ids", Movement.class)
                    .setParameter("ids", list.subList(from, Math.min(list.size(), from + IN_LIST)))
                    .getResultList());
        }
        return out;
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
