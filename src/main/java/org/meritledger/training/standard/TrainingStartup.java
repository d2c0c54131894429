package org.meritledger.training.standard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Stores the shipped standards on first start, after the schema and the ledger are ready. */
@Singleton
@Startup
@DependsOn("StartupAccounts") // which depends on the schema and the ledger: one chain of start-up beans
public class TrainingStartup {

    private static final Logger LOG = Logger.getLogger(TrainingStartup.class.getName());

    @Inject
    StandardCatalog catalog;

    @PostConstruct
    void start() {
        try {
            int added = catalog.seedShipped();
            if (added > 0) {
                LOG.info(() -> "Stored " + added + " shipped training standard(s)");
            }
        } catch (RuntimeException e) {
            // Under an integrity hold nothing may be written; the portal still starts, read-only.
            LOG.log(Level.WARNING, "Shipped training standards not stored: " + e.getMessage());
        }
    }
}
