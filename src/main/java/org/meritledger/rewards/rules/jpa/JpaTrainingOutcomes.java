package org.meritledger.rewards.rules.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.rewards.rules.TrainingOutcomes;
import org.meritledger.rewards.rules.replay.Outcome;

/**
 * Reads training's signed results with plain SQL (read-only). Which values count after
 * corrections follows training's rule: the newest correction in effect (made without need of
 * approval, or approved) by correction id, else the values as signed. The replay derives the
 * same from the ledger, so a difference would show up in verification.
 */
@ApplicationScoped
public class JpaTrainingOutcomes implements TrainingOutcomes {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Override
    public List<Outcome> earlier(long soldierId, String standardCode, long beforeSeq) {
        Map<Long, Outcome> byResult = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select r.id, r.attendance, r.passed, r.tier from training_result r"
                        + " join training_session s on s.id = r.session_id"
                        + " join training_standard st on st.id = s.standard_id"
                        + " where r.soldier_id = ?1 and r.signed = true and r.ledger_seq < ?2 and st.code = ?3"
                        + " order by r.ledger_seq")
                .setParameter(1, soldierId)
                .setParameter(2, beforeSeq)
                .setParameter(3, standardCode)
                .getResultList()) {
            Object[] r = (Object[]) row;
            byResult.put(((Number) r[0]).longValue(), new Outcome((String) r[1], (Boolean) r[2], (String) r[3]));
        }
        if (byResult.isEmpty()) {
            return List.of();
        }
        for (Object row : em.createNativeQuery("select c.result_id, c.attendance, c.passed, c.tier"
                        + " from training_correction c"
                        + " left join training_correction_decision d on d.correction_id = c.id"
                        + " where c.result_id in (?1) and (c.needs_approval = false or d.approved = true)"
                        + " order by c.id")
                .setParameter(1, new ArrayList<>(byResult.keySet()))
                .getResultList()) {
            Object[] r = (Object[]) row;
            // ordered by id: the newest correction in effect is put last and wins
            byResult.put(((Number) r[0]).longValue(), new Outcome((String) r[1], (Boolean) r[2], (String) r[3]));
        }
        return new ArrayList<>(byResult.values());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> standardCodes() {
        return em.createNativeQuery("select distinct code from training_standard order by code")
                .getResultList();
    }
}
