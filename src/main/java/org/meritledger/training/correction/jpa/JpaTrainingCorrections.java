package org.meritledger.training.correction.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.training.correction.CorrectionDecision;
import org.meritledger.training.correction.TrainingCorrection;
import org.meritledger.training.correction.TrainingCorrections;

@ApplicationScoped
public class JpaTrainingCorrections implements TrainingCorrections {

    /** Pending: needs a second person and nobody has decided yet; scoped by the session's unit. */
    private static final String PENDING = " from TrainingCorrection c, TrainingResult r, TrainingSession s"
            + " where r.id = c.resultId and s.id = r.sessionId and c.needsApproval = true"
            + " and not exists (select d.id from CorrectionDecision d where d.correctionId = c.id)";

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<TrainingCorrection> find(long id) {
        return Optional.ofNullable(em.find(TrainingCorrection.class, id));
    }

    @Override
    public List<TrainingCorrection> ofResults(Collection<Long> resultIds) {
        if (resultIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from TrainingCorrection c where c.resultId in :ids order by c.id",
                        TrainingCorrection.class)
                .setParameter("ids", resultIds)
                .getResultList();
    }

    @Override
    public Map<Long, CorrectionDecision> decisionsOf(Collection<Long> correctionIds) {
        Map<Long, CorrectionDecision> out = new HashMap<>();
        if (correctionIds.isEmpty()) {
            return out;
        }
        em.createQuery("select d from CorrectionDecision d where d.correctionId in :ids", CorrectionDecision.class)
                .setParameter("ids", correctionIds)
                .getResultList()
                .forEach(d -> out.put(d.getCorrectionId(), d));
        return out;
    }

    @Override
    public List<TrainingCorrection> pending(Collection<Long> unitIds, PageRequest page) {
        if (unitIds != null && unitIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<TrainingCorrection> q = em.createQuery(
                "select c" + PENDING + (unitIds == null ? "" : " and s.unitId in :units") + " order by c.id",
                TrainingCorrection.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long countPending(Collection<Long> unitIds) {
        if (unitIds != null && unitIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery(
                "select count(c)" + PENDING + (unitIds == null ? "" : " and s.unitId in :units"), Long.class);
        if (unitIds != null) {
            q.setParameter("units", unitIds);
        }
        return q.getSingleResult();
    }

    @Override
    public TrainingCorrection store(TrainingCorrection c) {
        em.persist(c);
        em.flush();
        return c;
    }

    @Override
    public CorrectionDecision store(CorrectionDecision d) {
        em.persist(d);
        em.flush();
        return d;
    }
}
