package org.meritledger.personnel.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.security.Role;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    private static final Map<String, String> SORTS = Map.of(
            "username", "a.username",
            "displayName", "a.displayName",
            "active", "a.active");

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Account> findBySoldier(long soldierId) {
        return em.createQuery("select a from Account a where a.soldierId = :s", Account.class)
                .setParameter("s", soldierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Account> page(String search, PageRequest page) {
        String column =
                page.sortProperty() == null ? "a.username" : SORTS.getOrDefault(page.sortProperty(), "a.username");
        TypedQuery<Account> q = em.createQuery(
                "select a from Account a" + where(search) + " order by " + column
                        + (page.ascending() ? " asc" : " desc") + ", a.id",
                Account.class);
        bind(q, search);
        return q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long count(String search) {
        TypedQuery<Long> q = em.createQuery("select count(a) from Account a" + where(search), Long.class);
        bind(q, search);
        return q.getSingleResult();
    }

    @Override
    public boolean anyActiveWithRole(Role role) {
        return em.createQuery(
                                "select count(a) from Account a join a.roles r where r = :role and a.active = true",
                                Long.class)
                        .setParameter("role", role)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Account store(Account account) {
        if (account.getId() == null) {
            em.persist(account);
            em.flush();
            return account;
        }
        return em.merge(account);
    }

    private static String where(String search) {
        return search == null || search.isBlank()
                ? ""
                : " where lower(a.username) like :q escape '!' or lower(a.displayName) like :q escape '!'";
    }

    private static void bind(TypedQuery<?> q, String search) {
        if (search != null && !search.isBlank()) {
            q.setParameter("q", "%" + JpaSoldiers.escapeLike(search.trim().toLowerCase(Locale.ROOT)) + "%");
        }
    }
}
