package org.meritledger.training.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.meritledger.training.StandardVersions;
import org.meritledger.training.StoredStandard;

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
        return em.createQuery("select s from StoredStandard s where s.code = :c order by s.version", StoredStandard.class)
                .setParameter("c", code).getResultList();
    }

    @Override
    public Optional<Recorded> recorded(long standardId) {
        List<?> rows = em.createNativeQuery("select actor_account_id, ts from ledger_entry where subject = ?1"
                        + " and entry_type = 'training.standard.version' order by seq")
                .setParameter(1, "standard:" + standardId).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Long account = row[0] == null ? null : ((Number) row[0]).longValue();
        return Optional.of(new Recorded(account, instant(row[1])));
    }

    private static Instant instant(Object ts) {
        if (ts instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (ts instanceof Instant i) {
            return i;
        }
        if (ts instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        return null;
    }
}
