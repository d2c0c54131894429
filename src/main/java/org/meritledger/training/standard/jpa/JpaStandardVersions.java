package org.meritledger.training.standard.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.meritledger.training.standard.StandardVersions;
import org.meritledger.training.standard.StoredStandard;

/**
 * Who revised a standard is read from the ledger entry itself (its actor), not from a column a
 * careless script could change: the entry is hash-chained, so the answer is as good as the ledger.
 */
@ApplicationScoped
public class JpaStandardVersions implements StandardVersions {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<StoredStandard> versions(String code) {
        return em.createQuery(
                        "select s from StoredStandard s where s.code = :c order by s.version", StoredStandard.class)
                .setParameter("c", code)
                .getResultList();
    }

    @Override
    public Optional<Long> recordedBy(long standardId) {
        List<?> rows = em.createNativeQuery("select actor_account_id from ledger_entry where subject = ?1"
                        + " and entry_type = 'training.standard.version' and actor_account_id is not null order by seq")
                .setParameter(1, "standard:" + standardId)
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }
}
