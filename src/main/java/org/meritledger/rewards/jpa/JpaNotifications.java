package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.meritledger.rewards.notification.Notification;
import org.meritledger.rewards.notification.Notifications;

@ApplicationScoped
public class JpaNotifications implements Notifications {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Notification add(Notification n) {
        em.persist(n);
        em.flush();
        return n;
    }

    @Override
    public void addAll(List<Notification> all) {
        if (all.isEmpty()) {
            return;
        }
        em.flush(); // rows persisted earlier in the transaction go first (their soldiers, for the key)
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into reward_notification"
                            + " (soldier_id, kind, amount, detail, subject, ledger_seq, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (Notification n : all) {
                    ps.setLong(1, n.getSoldierId());
                    ps.setString(2, n.getKind());
                    ps.setObject(3, n.getAmount(), Types.BIGINT);
                    ps.setString(4, n.getDetail());
                    ps.setString(5, n.getSubject());
                    ps.setObject(6, n.getLedgerSeq(), Types.BIGINT);
                    ps.setObject(7, n.getCreatedAt().atOffset(ZoneOffset.UTC));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<Notification> of(long soldierId, boolean unreadOnly, int offset, int limit) {
        // (soldier_id, id) index: a page is an index range, newest first
        return em.createQuery(
                        "select n from Notification n where n.soldierId = :s"
                                + (unreadOnly ? " and n.readAt is null" : "")
                                + " order by n.id desc",
                        Notification.class)
                .setParameter("s", soldierId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(long soldierId, boolean unreadOnly) {
        return em.createQuery(
                        "select count(n) from Notification n where n.soldierId = :s"
                                + (unreadOnly ? " and n.readAt is null" : ""),
                        Long.class)
                .setParameter("s", soldierId)
                .getSingleResult();
    }

    @Override
    public int markAllRead(long soldierId, Instant at) {
        return em.createQuery("update Notification n set n.readAt = :at where n.soldierId = :s and n.readAt is null")
                .setParameter("at", at)
                .setParameter("s", soldierId)
                .executeUpdate();
    }
}
