package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.budget.BudgetLevel;
import org.meritledger.rewards.budget.BudgetOverride;
import org.meritledger.rewards.budget.Budgets;
import org.meritledger.rewards.budget.TopUp;

@ApplicationScoped
public class JpaBudgets implements Budgets {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<BudgetLevel> levels() {
        return em.createQuery("select l from BudgetLevel l order by l.depth", BudgetLevel.class)
                .getResultList();
    }

    @Override
    public Optional<BudgetLevel> level(int depth) {
        return Optional.ofNullable(em.find(BudgetLevel.class, depth));
    }

    @Override
    public BudgetLevel addLevel(BudgetLevel l) {
        em.persist(l);
        return l;
    }

    @Override
    public List<BudgetOverride> overrides() {
        return em.createQuery("select o from BudgetOverride o order by o.accountId", BudgetOverride.class)
                .getResultList();
    }

    @Override
    public Optional<BudgetOverride> override(long accountId) {
        return Optional.ofNullable(em.find(BudgetOverride.class, accountId));
    }

    @Override
    public BudgetOverride addOverride(BudgetOverride o) {
        em.persist(o);
        return o;
    }

    @Override
    public TopUp addTopUp(TopUp t) {
        em.persist(t);
        em.flush();
        return t;
    }

    @Override
    public long toppedUp(long accountId, String period) {
        Long sum = em.createQuery(
                        "select sum(t.amount) from TopUp t where t.accountId = :a and t.period = :p", Long.class)
                .setParameter("a", accountId)
                .setParameter("p", period)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<TopUp> topUps(String period, int limit) {
        return em.createQuery("select t from TopUp t where t.period = :p order by t.id desc", TopUp.class)
                .setParameter("p", period)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void lockCommander(long accountId) {
        // the account row always exists, so there is no race to create a lock row first
        em.createNativeQuery("select id from account where id = ? for update")
                .setParameter(1, accountId)
                .getResultList();
    }
}
