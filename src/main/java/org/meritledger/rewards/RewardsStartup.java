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
import org.meritledger.rewards.rules.AwardRuleService;

/**
 * Stores the shipped categories on every start where they are missing, the shipped award rules
 * on a ledger that never had one, and in demo mode, once,
 * the demo budgets, awards, deductions and appeals ({@link RewardsDemo}), after the demo
 * battalion exists.
 */
@Singleton
@Startup
// One chain of start-up beans (Payara refuses some shapes of several dependencies): schema,
// ledger, accounts, standards, catalog demo, then this; redemption's demo and the training
// history follow.
@DependsOn("CatalogDemoData")
public class RewardsStartup {

    private static final Logger LOG = Logger.getLogger(RewardsStartup.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    CategoryService categories;

    @Inject
    RewardsDemo demoData;

    @Inject
    AwardRuleService rules;

    @PostConstruct
    void start() {
        try {
            categories.seedMissing();
            // before any demo session is signed, so the demo's results earn rule awards
            int seeded = rules.seedShipped();
            if (seeded > 0) {
                LOG.info(() -> "Stored the " + seeded + " shipped award rules");
            }
            if (demo) {
                demoData.seedOnce();
            }
        } catch (RuntimeException e) {
            // Under an integrity hold nothing may be written; the portal still starts, read-only.
            LOG.log(Level.WARNING, "Reward categories or demo tokens not stored: " + e.getMessage(), e);
        }
    }
}
