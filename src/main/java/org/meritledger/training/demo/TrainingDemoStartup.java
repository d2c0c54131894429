package org.meritledger.training.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, once, the demo battalion's training history ({@link TrainingDemo}), after the
 * demo accounts and the shipped standards exist. {@code merit.demo.history=false} leaves it out
 * (the integration tests do: they build the history each test needs and count on it).
 */
@Singleton
@Startup
@DependsOn("RedemptionStartup") // last in the one chain: after the accounts, standards and award rules
public class TrainingDemoStartup {

    private static final Logger LOG = Logger.getLogger(TrainingDemoStartup.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "merit.demo.history", defaultValue = "true")
    boolean history;

    @Inject
    TrainingDemo demoData;

    @PostConstruct
    void start() {
        if (!demo || !history) {
            return;
        }
        try {
            demoData.seedOnce();
        } catch (RuntimeException e) {
            // Under an integrity hold nothing may be written; the portal still starts, read-only.
            LOG.log(Level.WARNING, "Demo training history not stored: " + e.getMessage(), e);
        }
    }
}
