package org.meritledger.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.Units;

/**
 * In ledger tests only: transactions that fail on purpose half-way, to show that an entry and
 * the change it records commit together or not at all.
 */
@ApplicationScoped
@Transactional
public class LedgerTestTransactions {

    @Inject
    LedgerAppend ledger;

    @Inject
    Units units;

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    /** Appends, then a domain write the database refuses (duplicate unit code). */
    public void appendThenFailingDomainWrite(String subject, String existingUnitCode) {
        ledger.append("test.atomicity", subject, Map.of("step", "append first"));
        em.createNativeQuery(
                        "insert into org_unit (code, name, parent_id, active, version) values (?1, 'duplicate', null, true, 0)")
                .setParameter(1, existingUnitCode)
                .executeUpdate();
    }

    /** A domain write, then an append the ledger refuses (payload is not a JSON object). */
    public void domainWriteThenFailingAppend(String newUnitCode) {
        OrgUnit u = units.store(new OrgUnit(newUnitCode, "Atomicity test", null));
        ledger.append("personnel.unit.created", "unit:" + u.getId(), "[\"not an object\"]");
    }
}
