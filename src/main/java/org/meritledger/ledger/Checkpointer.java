package org.meritledger.ledger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes checkpoints soon after each committed write: a request after commit starts one
 * checkpoint task (requests that arrive meanwhile fold into it), and a once-a-second sweep
 * catches anything missed, e.g. writes made by another node. So a checkpoint follows every
 * write transaction at most about a second later.
 */
@ApplicationScoped
public class Checkpointer {

    private static final Logger LOG = Logger.getLogger(Checkpointer.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    CheckpointWriter writer;

    private final AtomicBoolean pending = new AtomicBoolean();
    private ScheduledFuture<?> sweep;

    /** Called after a write transaction committed. */
    public void requestSoon() {
        if (pending.compareAndSet(false, true)) {
            executor.submit(this::run);
        }
    }

    synchronized void startSweep() {
        if (sweep == null) {
            sweep = executor.scheduleWithFixedDelay(this::run, 1, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    private void run() {
        pending.set(false); // a request from now on starts another run, so no commit is missed
        try {
            writer.checkpointIfBehind();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Checkpoint not made; the next sweep retries: " + e.getMessage(), e);
        }
    }
}
