package org.meritledger.personnel.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meritledger.personnel.Account;
import org.meritledger.security.LoginAccounts;

/**
 * The login counters as bulk JPQL updates: each is one statement that the database applies under
 * its row lock, so no failure is lost between parallel attempts, and none of them touches the
 * entity's version, so a login never fails with an optimistic-lock conflict. The counters are
 * session state, not ledgered facts (see docs/ledger.md).
 */
@ApplicationScoped
public class JpaLoginAccounts implements LoginAccounts {

    /** The lock doubles with each failure past the threshold, up to this many doublings. */
    private static final int MAX_DOUBLINGS = 6;

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public Optional<LoginAccount> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .map(a -> new LoginAccount(
                        a.getId(),
                        a.getUsername(),
                        a.getPasswordHash(),
                        a.isActive(),
                        a.getLockedUntil(),
                        a.getRoles(),
                        a.getSoldierId(),
                        a.getCommandedUnitIds()));
    }

    @Override
    public int recordFailure(long accountId, Instant now, int threshold, Duration lockFor) {
        em.createQuery("update Account a set a.failedAttempts = a.failedAttempts + 1 where a.id = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        // this transaction now holds the row lock: the count read here is exactly ours
        int failures = em.createQuery("select a.failedAttempts from Account a where a.id = :id", Integer.class)
                .setParameter("id", accountId)
                .getSingleResult();
        if (failures >= threshold) {
            long factor = 1L << Math.min(failures - threshold, MAX_DOUBLINGS);
            em.createQuery("update Account a set a.lockedUntil = :until where a.id = :id")
                    .setParameter("until", now.plus(lockFor.multipliedBy(factor)))
                    .setParameter("id", accountId)
                    .executeUpdate();
        }
        return failures;
    }

    @Override
    public void recordSuccess(long accountId, Instant now) {
        em.createQuery("update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now"
                        + " where a.id = :id")
                .setParameter("now", now)
                .setParameter("id", accountId)
                .executeUpdate();
    }

    @Override
    public void rehash(long accountId, String oldHash, String newHash) {
        em.createQuery("update Account a set a.passwordHash = :new where a.id = :id and a.passwordHash = :old")
                .setParameter("new", newHash)
                .setParameter("old", oldHash)
                .setParameter("id", accountId)
                .executeUpdate();
    }
}
