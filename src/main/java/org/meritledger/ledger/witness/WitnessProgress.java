package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** {@code ledger_witness_progress}: per configured witness, the size it last cosigned and the last attempt. */
@ApplicationScoped
public class WitnessProgress {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    /** One witness's row as the Ledger page shows it. */
    public record Row(String witnessKey, long knownSize, Instant lastSuccess, Instant lastAttempt, String lastError) {}

    @Transactional
    public long knownSize(String vkey) {
        List<?> l = em.createNativeQuery("select known_size from ledger_witness_progress where witness_vkey = ?1")
                .setParameter(1, vkey)
                .getResultList();
        return l.isEmpty() ? 0 : ((Number) l.get(0)).longValue();
    }

    @Transactional
    public void known(String vkey, long size) {
        ensure(vkey);
        em.createNativeQuery("update ledger_witness_progress set known_size = ?1 where witness_vkey = ?2")
                .setParameter(1, size)
                .setParameter(2, vkey)
                .executeUpdate();
    }

    @Transactional
    public void success(String vkey, long size, Instant at) {
        ensure(vkey);
        em.createNativeQuery("update ledger_witness_progress set known_size = ?1, last_success_at = ?2,"
                        + " last_attempt_at = ?2, last_error = null where witness_vkey = ?3")
                .setParameter(1, size)
                .setParameter(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(3, vkey)
                .executeUpdate();
    }

    @Transactional
    public void failure(String vkey, String problem, Instant at) {
        ensure(vkey);
        em.createNativeQuery("update ledger_witness_progress set last_attempt_at = ?1, last_error = ?2"
                        + " where witness_vkey = ?3")
                .setParameter(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .setParameter(2, problem.length() > 1000 ? problem.substring(0, 1000) : problem)
                .setParameter(3, vkey)
                .executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Row> all() {
        List<Row> out = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select witness_vkey, known_size, last_success_at,"
                        + " last_attempt_at, last_error from ledger_witness_progress order by witness_vkey")
                .getResultList()) {
            out.add(new Row(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    r[2] == null ? null : CosignedCheckpoints.instant(r[2]),
                    r[3] == null ? null : CosignedCheckpoints.instant(r[3]),
                    (String) r[4]));
        }
        return out;
    }

    private void ensure(String vkey) {
        if (em.createNativeQuery("select 1 from ledger_witness_progress where witness_vkey = ?1")
                .setParameter(1, vkey)
                .getResultList()
                .isEmpty()) {
            em.createNativeQuery("insert into ledger_witness_progress (witness_vkey, known_size) values (?1, 0)")
                    .setParameter(1, vkey)
                    .executeUpdate();
        }
    }
}
