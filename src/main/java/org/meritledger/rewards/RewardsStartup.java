package org.meritledger.rewards;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meritledger.rewards.category.CategoryService;

/**
 * Stores the shipped categories on every start where they are missing, and in demo mode, once,
 * the demo budgets, awards, deductions and appeals ({@link RewardsDemo}), after the demo
 * battalion exists.
 */
@Singleton
@Startup
@DependsOn("CatalogDemoData") // which depends on StartupAccounts (schema, ledger); redemption demo needs both
public class RewardsStartup {

    private static final Logger LOG = Logger.getLogger(RewardsStartup.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    CategoryService categories;

    @Inject
    RewardsDemo demoData;

    @PostConstruct
    void start() {
        try {
            categories.seedMissing();
            if (demo) {
                demoData.seedOnce();
            }
        } catch (RuntimeException e) {
            // Under an integrity hold nothing may be written; the portal still starts, read-only.
            LOG.log(Level.WARNING, "Reward categories or demo tokens not stored: " + e.getMessage(), e);
        }
    }
}
