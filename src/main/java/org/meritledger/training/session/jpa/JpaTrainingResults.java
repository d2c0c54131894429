package org.meritledger.training.session.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.session.TrainingResults;

@ApplicationScoped
public class JpaTrainingResults implements TrainingResults {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<TrainingResult> find(long id) {
        return Optional.ofNullable(em.find(TrainingResult.class, id));
    }

    @Override
    public Optional<TrainingResult> findLocked(long id) {
        return Optional.ofNullable(em.find(TrainingResult.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<TrainingResult> ofSession(long sessionId) {
        return em.createQuery(
                        "select r from TrainingResult r where r.sessionId = :s order by r.id", TrainingResult.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    @Override
    public long countOfSession(long sessionId) {
        return em.createQuery("select count(r) from TrainingResult r where r.sessionId = :s", Long.class)
                .setParameter("s", sessionId)
                .getSingleResult();
    }

    @Override
    public List<TrainingResult> signedOf(long soldierId) {
        return em.createQuery(
                        "select r from TrainingResult r, TrainingSession s where s.id = r.sessionId"
                                + " and r.soldierId = :sol and r.signed = true order by s.startsAt desc, r.id desc",
                        TrainingResult.class)
                .setParameter("sol", soldierId)
                .getResultList();
    }

    @Override
    public TrainingResult store(TrainingResult r) {
        if (r.getId() == null) {
            em.persist(r);
            em.flush();
            return r;
        }
        return em.merge(r);
    }
}
