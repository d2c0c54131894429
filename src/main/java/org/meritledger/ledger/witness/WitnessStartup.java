package org.meritledger.ledger.witness;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After the ledger has started: checks the witnessing configuration (a wrong key or URL stops
 * the start-up with its name rather than failing quietly later), loads the witness key if this
 * portal witnesses other logs, and schedules sending checkpoints to the configured witnesses
 * every {@code merit.ledger.witness.period}.
 */
@Singleton
@Startup
@DependsOn("LedgerStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class WitnessStartup {

    private static final Logger LOG = Logger.getLogger(WitnessStartup.class.getName());

    @Inject
    WitnessSettings settings;

    @Inject
    WitnessService witness;

    @Inject
    CheckpointWitnessing witnessing;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        var targets = settings.targets();
        settings.quorum();
        if (witness.enabled()) {
            witness.key()
                    .ifPresent(k -> LOG.info(
                            () -> "Witnessing " + settings.witnessedLogKeys().size() + " log key(s) as " + k.vkey()));
        }
        if (!targets.isEmpty()) {
            long every = settings.period().toMillis();
            schedule = executor.scheduleWithFixedDelay(this::run, Math.min(every, 5_000), every, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Sending checkpoints to " + targets.size() + " witness(es), quorum " + settings.quorum());
        }
    }

    private void run() {
        try {
            witnessing.submitAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending checkpoints to witnesses failed; the next run retries", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
