package org.meritledger.training.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.ledger.LedgerUpgrade;
import org.meritledger.training.TrainingLedger;

/**
 * Sessions signed off before sessions were on the ledger get their {@code training.session.signed}
 * entry once, at the first start of this version, followed by the marker entry
 * {@code ledger.upgrade.recorded} about {@code upgrade:training.session}; later starts see the
 * marker and do nothing (a row forged afterwards is found by verification, never taken in).
 */
@ApplicationScoped
public class SignedSessionsCatchUp implements LedgerUpgrade {

    static final String MARKER_SUBJECT = "upgrade:training.session";

    private static final Logger LOG = Logger.getLogger(SignedSessionsCatchUp.class.getName());

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    TrainingLedger ledger;

    @Inject
    LedgerAppend append;

    @Inject
    TrainingSessions sessions;

    @Override
    @Transactional
    public void catchUp() {
        long marked = ((Number) em.createNativeQuery("select count(*) from ledger_entry where subject = ?1")
                        .setParameter(1, MARKER_SUBJECT)
                        .getSingleResult())
                .longValue();
        if (marked > 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select s.id from training_session s where s.state = 'SIGNED_OFF'"
                        + " and not exists (select 1 from ledger_entry e where e.subject = concat('session:', s.id))"
                        + " order by s.id")
                .getResultList();
        for (Number id : ids) {
            sessions.find(id.longValue()).ifPresent(ledger::sessionSigned);
        }
        append.append("ledger.upgrade.recorded", MARKER_SUBJECT, Map.of("kind", "signed sessions", "recorded", (long)
                ids.size()));
        if (!ids.isEmpty()) {
            LOG.info(() -> "Recorded " + ids.size() + " sessions signed off before this version on the ledger");
        }
    }
}
