package org.meritledger.rewards.redemption;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, once, the demo redemptions ({@link RedemptionDemo}). After the demo tokens, which
 * come after the demo catalog (one chain: naming several start-up beans that share a dependency
 * makes a diamond Payara refuses as cyclic).
 */
@Singleton
@Startup
@DependsOn("RewardsStartup")
public class RedemptionStartup {

    private static final Logger LOG = Logger.getLogger(RedemptionStartup.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    RedemptionDemo demoData;

    @PostConstruct
    void start() {
        if (!demo) {
            return;
        }
        try {
            demoData.seedOnce();
        } catch (RuntimeException e) {
            // under an integrity hold nothing may be written; the portal still starts, read-only
            LOG.log(Level.WARNING, "Demo redemptions not stored: " + e.getMessage(), e);
        }
    }
}
