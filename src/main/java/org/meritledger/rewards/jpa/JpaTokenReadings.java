package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meritledger.rewards.mytokens.TokenReadings;

@ApplicationScoped
public class JpaTokenReadings implements TokenReadings {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<Step> steps(long soldierId) {
        return em.createQuery(
                        "select m.recordedAt, m.amount from Movement m where m.soldierId = :s order by m.id",
                        Object[].class)
                .setParameter("s", soldierId)
                .getResultStream()
                .map(r -> new Step((Instant) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    @Override
    public Optional<Long> entryOf(long movementId) {
        // the first entry about the movement is the one that recorded it (ledger_entry subject index)
        Object seq = em.createNativeQuery("select min(seq) from ledger_entry where subject = ?")
                .setParameter(1, "reward-movement:" + movementId)
                .getSingleResult();
        return seq == null ? Optional.empty() : Optional.of(((Number) seq).longValue());
    }
}
