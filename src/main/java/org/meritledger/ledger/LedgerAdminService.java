package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.ledger.LedgerOverview.CheckpointInfo;
import org.meritledger.ledger.LedgerOverview.SigningKeyInfo;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.jpa.CheckpointRow;
import org.meritledger.ledger.jpa.SigningKeyRow;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The ledger's administration: administrators and auditors see its state and may run a full
 * verification; only administrators rotate the checkpoint signing key.
 *
 * <p>Rotation order matters: the new key is written to the keystore (atomically) <em>before</em>
 * the transaction that names it commits. If that transaction then fails, the keystore holds an
 * unused key, which is harmless; the reverse (the ledger naming a key no keystore holds) cannot
 * happen, so checkpoints can always be signed by a node with the shared keystore.
 */
@ApplicationScoped
public class LedgerAdminService {

    private static final Logger LOG = Logger.getLogger(LedgerAdminService.class.getName());

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    protected CallerProvider callers;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerVerification verification;

    @Inject
    LedgerKeys keys;

    @Inject
    LedgerState state;

    @Inject
    protected IntegrityGuard guard;

    @Inject
    VerificationProgress progress;

    @Inject
    VerificationRuns runs;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Transactional
    public LedgerOverview overview() {
        require(Role.ADMIN, Role.AUDITOR);
        return readOverview();
    }

    /** Reads the state; access already checked. Overridden by the view test's in-memory ledger. */
    protected LedgerOverview readOverview() {
        long size = ledger.size();
        List<CheckpointRow> latest = em.createQuery(
                        "select c from CheckpointRow c order by c.treeSize desc, c.id desc", CheckpointRow.class)
                .setMaxResults(1)
                .getResultList();
        CheckpointInfo checkpoint = latest.isEmpty() ? null : info(latest.get(0));
        List<SigningKeyInfo> keyList = em
                .createQuery("select k from SigningKeyRow k order by k.fromSeq", SigningKeyRow.class)
                .getResultList()
                .stream()
                .map(LedgerAdminService::info)
                .toList();
        return new LedgerOverview(
                size, checkpoint, keyList, verification.lastReport().orElse(null));
    }

    /**
     * A full verification now; as the scheduled ones, it sets or lifts the integrity hold. The
     * caller is looked up in a transaction (outside one, the container's EntityManager failed
     * intermittently in Hibernate's load contexts); the verification itself suspends it and
     * reads on its own connection.
     */
    @Transactional
    public VerificationReport verifyNow() {
        require(Role.ADMIN, Role.AUDITOR);
        return runFullVerification();
    }

    protected VerificationReport runFullVerification() {
        return verification.verifyFull(callers.require().username());
    }

    /**
     * Starts a full verification in the background (writes go on meanwhile); the page follows it
     * through {@link #progress()}. False when one is running on this node already.
     */
    public boolean startFullVerification() {
        Caller caller = require(Role.ADMIN, Role.AUDITOR);
        if (readProgress().running()) {
            return false;
        }
        submitVerification(caller.username());
        return true;
    }

    /** Runs it on the container's executor; overridden by the view test to run in place. */
    protected void submitVerification(String username) {
        executor.execute(() -> {
            try {
                verification.verifyFull(username);
            } catch (RuntimeException e) {
                LOG.warning(() -> "Background verification could not run: " + e.getMessage());
            }
        });
    }

    /** How far the running verification has got (idle when none runs). */
    public VerificationProgress.Snapshot progress() {
        require(Role.ADMIN, Role.AUDITOR);
        return readProgress();
    }

    protected VerificationProgress.Snapshot readProgress() {
        return progress.snapshot();
    }

    /** Past verification runs, newest first. */
    public List<VerificationRuns.Run> verificationRuns(int offset, int limit) {
        require(Role.ADMIN, Role.AUDITOR);
        return readRuns(offset, Math.min(limit, 500));
    }

    public long verificationRunCount() {
        require(Role.ADMIN, Role.AUDITOR);
        return countRuns();
    }

    protected List<VerificationRuns.Run> readRuns(int offset, int limit) {
        return runs.page(offset, limit);
    }

    protected long countRuns() {
        return runs.count();
    }

    /** Whether the integrity hold is engaged now (writes refused). */
    public boolean held() {
        require(Role.ADMIN, Role.AUDITOR);
        return guard.isHeld();
    }

    /**
     * Makes a new checkpoint key of the ledger's suite, stores it in the keystore (old keys
     * stay), appends the {@code ledger.key.rotated} entry signed by the old and the new key and
     * records the new public key. Checkpoints of later sizes are signed with the new key.
     */
    @Transactional
    public SigningKeyInfo rotateKey() {
        Caller caller = require(Role.ADMIN);
        guard.requireWritable();
        return makeRotation(caller);
    }

    /** Rotates; access and the integrity hold already checked. */
    protected SigningKeyInfo makeRotation(Caller caller) {
        // keystore first, before the head lock: writing it is slow (seconds) and must precede the commit
        NoteSigner next = keys.addKey(state.origin(), state.suite(), id -> em.find(SigningKeyRow.class, id) != null);
        Entry e = ledger.rotateKey(next);
        LOG.info(() -> caller.username() + " rotated the ledger checkpoint key to " + KeyIds.hex(next.keyId())
                + " (entry " + e.sequence() + ")");
        return new SigningKeyInfo(KeyIds.hex(next.keyId()), next.verifier().vkey(), e.sequence(), e.timestamp());
    }

    private Caller require(Role... roles) {
        Caller c = callers.require();
        if (!c.hasAny(roles)) {
            throw new AccessDeniedException("error.accessDenied", c.username() + " lacks any of " + List.of(roles));
        }
        return c;
    }

    private static CheckpointInfo info(CheckpointRow r) {
        return new CheckpointInfo(r.getTreeSize(), r.getKeyId(), r.getNote(), r.getCreatedAt());
    }

    private static SigningKeyInfo info(SigningKeyRow r) {
        return new SigningKeyInfo(r.getKeyId(), r.getVkey(), r.getFromSeq(), r.getCreatedAt());
    }
}
