package org.meritledger.ledger;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.meritledger.ledger.core.chain.EntryTags;
import org.meritledger.ledger.core.chain.GenesisPayload;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/**
 * Starts the ledger after the schema and before anything records into it: writes the genesis
 * entry into an empty ledger (suite and origin from configuration, fixed from then on), loads the
 * signing key, runs the start-up verification and schedules the periodic ones and the
 * checkpoint sweep.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class LedgerStartup {

    private static final Logger LOG = Logger.getLogger(LedgerStartup.class.getName());

    @Inject
    LedgerSettings settings;

    @Inject
    LedgerKeys keys;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Inject
    LedgerVerification verification;

    @Inject
    Checkpointer checkpointer;

    @Inject
    EntryTagUpgrade tagUpgrade;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    jakarta.enterprise.inject.Instance<LedgerUpgrade> upgrades;

    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

    @PostConstruct
    void start() {
        Suite configured = Suites.byId(settings.suite());
        NoteSigner signer = keys.signer(settings.origin(), configured);
        boolean newTagKey = !keys.entryTagKeyExists();
        state.tags(new EntryTags(keys.entryTagKey()));
        if (ledger.genesisIfEmpty(configured, settings.origin(), signer)) {
            LOG.info(() -> "New ledger " + settings.origin() + " with suite " + configured.id());
        }
        org.meritledger.ledger.core.chain.Entry entry0 = ledger.entry(0);
        state.genesisHash(org.meritledger.ledger.core.Bytes.hex(entry0.entryHash()));
        GenesisPayload genesis = GenesisPayload.parse(entry0.payload());
        if (!genesis.suiteId().equals(configured.id()) || !genesis.origin().equals(settings.origin())) {
            LOG.warning(() -> "The ledger was created as " + genesis.origin() + " with suite " + genesis.suiteId()
                    + "; merit.ledger.origin/suite only apply to a new ledger and are ignored");
        }
        Suite suite = Suites.byId(genesis.suiteId());
        NoteSigner nodeSigner =
                signer.verifier().suite() == suite && signer.name().equals(genesis.origin()) ? signer : null;
        // The key in effect may be a later one (rotation): CheckpointWriter finds it per checkpoint.
        state.set(suite, genesis.origin(), nodeSigner);
        for (LedgerUpgrade u : upgrades) {
            try {
                u.catchUp();
            } catch (RuntimeException e) {
                LOG.log(
                        Level.SEVERE,
                        "Ledger catch-up after an upgrade failed; verification will say what is missing",
                        e);
            }
        }
        if (newTagKey) {
            tagAtUpgrade();
        }
        try {
            verification.verifyFull("startup");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Start-up ledger verification could not run", e);
        }
        Duration every = settings.verifyPeriod();
        // Older entries are re-verified in full passes, at least once per bound (default an hour),
        // so an edit or deletion anywhere is found within the bound, not only by the daily run.
        Duration full = settings.verifyBound().compareTo(settings.fullVerifyPeriod()) < 0
                ? settings.verifyBound()
                : settings.fullVerifyPeriod();
        schedules.add(executor.scheduleWithFixedDelay(
                () -> safely(verification::verifyIncremental),
                every.toMillis(),
                every.toMillis(),
                TimeUnit.MILLISECONDS));
        schedules.add(executor.scheduleWithFixedDelay(
                () -> safely(verification::verifyFull), full.toMillis(), full.toMillis(), TimeUnit.MILLISECONDS));
        checkpointer.startSweep();
        checkpointer.requestSoon();
    }

    /** The first start after entry tags were introduced: tag what verifies, record it (see EntryTagUpgrade). */
    private void tagAtUpgrade() {
        if (!tagUpgrade.needed()) {
            return;
        }
        VerificationReport before = verification.verifyBeforeTagging();
        if (!before.ok()) {
            LOG.severe(() -> "The ledger does not verify, so its entries are not tagged: " + before);
            return;
        }
        long n = tagUpgrade.tagAll();
        LOG.warning(
                () -> "Entry tags introduced: the " + n + " entries recorded before were tagged after they verified");
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled ledger verification failed to run", e);
        }
    }

    @PreDestroy
    void stop() {
        schedules.forEach(s -> s.cancel(false));
    }
}
