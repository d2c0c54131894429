package org.meritledger.rewards.redemption.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.redemption.RedemptionRequest;
import org.meritledger.rewards.redemption.RedemptionStep;
import org.meritledger.rewards.redemption.RequestState;
import org.meritledger.rewards.redemption.Requests;

/**
 * Requests with their latest step. The current state is the step with the highest number (a
 * correlated subquery on the unique (request, step) index), not a column updated in place, so
 * both tables stay append-only.
 */
@ApplicationScoped
public class JpaRequests implements Requests {

    private static final String LATEST =
            "s.requestId = r.id and s.step = (select max(x.step) from RedemptionStep x where x.requestId = r.id)";

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public RedemptionRequest add(RedemptionRequest r) {
        em.persist(r);
        em.flush(); // the id is the entry's subject and the hold's reference
        return r;
    }

    @Override
    public Optional<RedemptionRequest> find(long id) {
        return Optional.ofNullable(em.find(RedemptionRequest.class, id));
    }

    @Override
    public Optional<RedemptionRequest> lock(long id) {
        return Optional.ofNullable(em.find(RedemptionRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public RedemptionStep addStep(RedemptionStep s) {
        em.persist(s);
        em.flush();
        return s;
    }

    @Override
    public List<RedemptionStep> steps(long requestId) {
        return em.createQuery(
                        "select s from RedemptionStep s where s.requestId = :r order by s.step", RedemptionStep.class)
                .setParameter("r", requestId)
                .getResultList();
    }

    @Override
    public List<Current> ofSoldier(long soldierId, int offset, int limit) {
        return current(em.createQuery(
                        "select r, s from RedemptionRequest r, RedemptionStep s where r.soldierId = :sid and " + LATEST
                                + " order by r.id desc",
                        Object[].class)
                .setParameter("sid", soldierId)
                .setFirstResult(offset)
                .setMaxResults(limit));
    }

    @Override
    public long countOfSoldier(long soldierId) {
        return em.createQuery("select count(r) from RedemptionRequest r where r.soldierId = :sid", Long.class)
                .setParameter("sid", soldierId)
                .getSingleResult();
    }

    @Override
    public List<Current> queue(Collection<Long> unitIds, int offset, int limit) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> q = em.createQuery(
                "select r, s from RedemptionRequest r, RedemptionStep s" + scopeFrom(unitIds) + " where " + LATEST
                        + scopeWhere(unitIds)
                        + " order by case when s.state = :pending then 0 when s.state = :ready then 1 else 2 end,"
                        + " r.id desc",
                Object[].class);
        q.setParameter("pending", RequestState.PENDING).setParameter("ready", RequestState.READY);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return current(q.setFirstResult(offset).setMaxResults(limit));
    }

    @Override
    public long countQueue(Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery(
                "select count(r) from RedemptionRequest r" + scopeFrom(unitIds) + " where 1 = 1" + scopeWhere(unitIds),
                Long.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.getSingleResult();
    }

    /** Commanders see their command's requests: the soldier's current unit decides (like the roster). */
    private static String scopeFrom(Collection<Long> unitIds) {
        return unitIds == null ? "" : ", Soldier so";
    }

    private static String scopeWhere(Collection<Long> unitIds) {
        return unitIds == null ? "" : " and so.id = r.soldierId and so.unitId in :units";
    }

    @Override
    public long countTowardsLimit(long soldierId, long itemId, Instant from, Instant to) {
        return em.createQuery(
                        "select count(r) from RedemptionRequest r, RedemptionStep s where r.soldierId = :sid"
                                + " and r.itemId = :item and r.requestedAt >= :f and r.requestedAt < :t and " + LATEST
                                + " and s.state not in :released",
                        Long.class)
                .setParameter("sid", soldierId)
                .setParameter("item", itemId)
                .setParameter("f", from)
                .setParameter("t", to)
                .setParameter("released", List.of(RequestState.DECLINED, RequestState.CANCELLED))
                .getSingleResult();
    }

    @Override
    public long held(long soldierId) {
        Long sum = em.createQuery(
                        "select sum(r.tokenCost) from RedemptionRequest r, RedemptionStep s where r.soldierId = :sid"
                                + " and " + LATEST + " and s.state in :holding",
                        Long.class)
                .setParameter("sid", soldierId)
                .setParameter("holding", List.of(RequestState.PENDING, RequestState.READY))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    private static List<Current> current(TypedQuery<Object[]> q) {
        return q.getResultList().stream()
                .map(a -> new Current((RedemptionRequest) a[0], (RedemptionStep) a[1]))
                .toList();
    }
}
