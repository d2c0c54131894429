package org.meritledger.career.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.meritledger.career.CareerEntries;
import org.meritledger.career.CareerEntry;
import org.meritledger.career.CareerKind;

@ApplicationScoped
public class JpaCareerEntries implements CareerEntries {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<CareerEntry> ofSoldier(long soldierId, int offset, int limit) {
        return em.createQuery(
                        "select e from CareerEntry e where e.soldierId = :s order by e.effectiveOn desc, e.id desc",
                        CareerEntry.class)
                .setParameter("s", soldierId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfSoldier(long soldierId) {
        return em.createQuery("select count(e) from CareerEntry e where e.soldierId = :s", Long.class)
                .setParameter("s", soldierId)
                .getSingleResult();
    }

    @Override
    public Optional<LocalDate> latestEffective(long soldierId, CareerKind kind) {
        return Optional.ofNullable(em.createQuery(
                        "select max(e.effectiveOn) from CareerEntry e where e.soldierId = :s" + " and e.kind = :k",
                        LocalDate.class)
                .setParameter("s", soldierId)
                .setParameter("k", kind)
                .getSingleResult());
    }

    @Override
    public Optional<CareerEntry> find(long id) {
        return Optional.ofNullable(em.find(CareerEntry.class, id));
    }

    @Override
    public java.util.Set<Long> withdrawnIds(long soldierId) {
        return new java.util.HashSet<>(em.createQuery(
                        "select e.refersTo from CareerEntry e where e.soldierId = :s" + " and e.refersTo is not null",
                        Long.class)
                .setParameter("s", soldierId)
                .getResultList());
    }

    @Override
    public CareerEntry add(CareerEntry e) {
        em.persist(e);
        em.flush();
        return e;
    }
}
