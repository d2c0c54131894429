package org.meritledger.training.session.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.session.TrainingSessions;

@ApplicationScoped
public class JpaTrainingSessions implements TrainingSessions {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<TrainingSession> find(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public List<TrainingSession> page(Collection<Long> unitIds, PageRequest page) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<TrainingSession> q = em.createQuery(
                "select s from TrainingSession s" + (unitIds == null ? "" : " where s.unitId in :units")
                        + " order by s.startsAt desc, s.id desc",
                TrainingSession.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long count(Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery(
                "select count(s) from TrainingSession s" + (unitIds == null ? "" : " where s.unitId in :units"),
                Long.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.getSingleResult();
    }

    @Override
    public TrainingSession store(TrainingSession s) {
        if (s.getId() == null) {
            em.persist(s);
            em.flush();
            return s;
        }
        return em.merge(s);
    }
}
