package org.meritledger.training.standard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.meritledger.training.TrainingLedger;

/**
 * The standards the portal grades with. The shipped ones are stored (and recorded on the ledger)
 * on first start, so every installation's results name a stored, verifiable rule set.
 */
@ApplicationScoped
@Transactional
public class StandardCatalog {

    /** Codes of the shipped standards, with their first version. */
    public static final Map<String, Standard> SHIPPED = Map.of(
            "rifle-qualification", MarksmanshipStandard.rifleQualification(),
            "physical-fitness", FitnessStandard.physicalFitnessTest(),
            "tactical-drill", DrillStandard.tacticalDrill());

    private TrainingStandards standards;
    private TrainingLedger ledger;
    private Clock clock;

    protected StandardCatalog() {}

    @Inject
    public StandardCatalog(TrainingStandards standards, TrainingLedger ledger, Clock clock) {
        this.standards = standards;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Stores version 1 of every shipped standard that is not stored yet; returns how many. */
    public int seedShipped() {
        int added = 0;
        for (String code : SHIPPED.keySet().stream().sorted().toList()) {
            if (standards.current(code).isEmpty()) {
                ledger.requireWritable();
                StoredStandard s = standards.store(new StoredStandard(code, 1, SHIPPED.get(code), clock.instant()));
                ledger.standard(s);
                added++;
            }
        }
        return added;
    }

    public List<StoredStandard> current() {
        return standards.current();
    }
}
