package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
