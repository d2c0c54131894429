package org.meritledger.training.standard.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingStandards;

@ApplicationScoped
public class JpaTrainingStandards implements TrainingStandards {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<StoredStandard> find(long id) {
        return Optional.ofNullable(em.find(StoredStandard.class, id));
    }

    @Override
    public List<StoredStandard> current() {
        return em.createQuery(
                        "select s from StoredStandard s where s.version = "
                                + "(select max(o.version) from StoredStandard o where o.code = s.code) order by s.code",
                        StoredStandard.class)
                .getResultList();
    }

    @Override
    public Optional<StoredStandard> current(String code) {
        return em.createQuery(
                        "select s from StoredStandard s where s.code = :c order by s.version desc",
                        StoredStandard.class)
                .setParameter("c", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public StoredStandard store(StoredStandard s) {
        em.persist(s);
        em.flush();
        return s;
    }
}
