package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.appeal.Appeal;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.appeal.Appeals;

@ApplicationScoped
public class JpaAppeals implements Appeals {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Appeal add(Appeal a) {
        em.persist(a);
        em.flush();
        return a;
    }

    @Override
    public Optional<Appeal> find(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id));
    }

    @Override
    public Optional<Appeal> lock(long id) {
        return Optional.ofNullable(em.find(Appeal.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Appeal> ofMovement(long movementId) {
        return em.createQuery("select a from Appeal a where a.movementId = :m", Appeal.class)
                .setParameter("m", movementId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Appeal> pending(int offset, int limit) {
        return em.createQuery("select a from Appeal a where a.state = :s order by a.id", Appeal.class)
                .setParameter("s", AppealState.PENDING)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Appeal> decided(int offset, int limit) {
        return em.createQuery("select a from Appeal a where a.state <> :s order by a.id desc", Appeal.class)
                .setParameter("s", AppealState.PENDING)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
