package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.jpa.CheckpointRow;
import org.meritledger.ledger.jpa.HeadRow;
import org.meritledger.ledger.jpa.SigningKeyRow;

/**
 * Signs and stores a checkpoint of the current tree. The root is derived from verified data (see
 * {@link TrustedTree}) over the entries since the last checkpoint, each tag-checked, and the
 * stored Merkle nodes they complete must agree with it; so a checkpoint costs O(new entries),
 * never O(ledger). Nothing is signed while an integrity hold is engaged. It is signed with the key
 * in effect at its size (after a key rotation, the new key), whichever node rotated.
 */
@ApplicationScoped
public class CheckpointWriter {

    private static final Logger LOG = Logger.getLogger(CheckpointWriter.class.getName());

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Inject
    LedgerState state;

    @Inject
    Clock clock;

    @Inject
    IntegrityGuard guard;

    @Inject
    TrustedTree trusted;

    @Inject
    LedgerAnchor anchor;

    private volatile NoteVerifier warnedNoKey;

    /** Makes a checkpoint if the newest one is older than the head; returns the tree size it covers. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> checkpointIfBehind() {
        if (state.started()) {
            // once a second (the sweep): a hold another node shared shows here even without writes
            em.unwrap(Session.class).doWork(guard::observeShared);
        }
        if (!state.started() || guard.isHeld() || latestSize() >= currentSize()) {
            return Optional.empty();
        }
        return checkpointNow();
    }

    /**
     * Checkpoints the current head unless a checkpoint of that size exists. Locks the head so
     * the size and root are of one consistent tree and two nodes do not sign the same size twice.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> checkpointNow() {
        // Load the key in effect into memory before taking the lock: the first look-up of a key
        // reads the keystore (about a second), which would otherwise stall every writer.
        signerInEffect(currentSize());
        HeadRow head = em.find(HeadRow.class, HeadRow.ID);
        em.refresh(head, LockModeType.PESSIMISTIC_WRITE);
        long size = head.getNextSeq();
        if (size == 0 || latestSize() >= size) {
            return Optional.empty();
        }
        // Never sign while held: a checkpoint would vouch for data verification has rejected.
        // Checked under the head lock, so a hold shared by any node before this point counts.
        em.unwrap(Session.class).doWork(guard::observeShared);
        if (guard.isHeld()) {
            LOG.warning("Integrity hold engaged: no checkpoint is signed");
            return Optional.empty();
        }
        // Under the lock: a rotation committed by any node up to here is visible, so the key
        // chosen is the one the chain puts in effect at this size.
        NoteSigner signer = signerInEffect(size);
        if (signer == null) {
            return Optional.empty();
        }
        // Only a root derived from verified data is signed: the tree a verification recomputed
        // (or an earlier checkpoint extended), continued over the new entries after their tags
        // checked out. The stored nodes must agree with it, or the hold is engaged.
        RfcLogHasher hasher = new RfcLogHasher(state.suite().newDigester());
        MerkleAppender tree = trusted.copy(hasher);
        if (tree == null) {
            return Optional.empty(); // nothing verified on this node yet
        }
        if (tree.size() > size) {
            Failure shrunk = new Failure(
                    size,
                    Check.CHECKPOINT_SIZE,
                    tree.size() + " entries (verified before on this node)",
                    size + " entries (head row)",
                    "the ledger is smaller than it was when this node verified it: entries from " + size
                            + " on were removed");
            em.unwrap(Session.class).doWork(c -> guard.engage(shrunk, clock.instant(), c));
            trusted.forget();
            return Optional.empty();
        }
        long from = tree.size();
        Failure wrong = em.unwrap(Session.class).doReturningWork(c -> {
            Failure f = new StoredDataCheck(c, state.suite(), state.tags(), true).check(tree, from, size);
            if (f != null) {
                guard.engage(f, clock.instant(), c); // shared on this transaction's connection, committed with it
            }
            return f;
        });
        if (wrong != null) {
            trusted.forget();
            return Optional.empty();
        }
        byte[] root = tree.root();
        trusted.offer(tree);
        String note = new CheckpointSigner(signer).sign(size, root);
        em.persist(new CheckpointRow(size, Bytes.hex(root), KeyIds.hex(signer.keyId()), note, clock.instant()));
        // Outside the database, so a rollback of it is found. Before the commit is harmless: the
        // root was derived from committed, verified entries, which contain it whatever happens.
        anchor.record(size, note);
        return Optional.of(size);
    }

    /** This node's signer for the key in effect at {@code size}, or null (logged once per key) if it lacks it. */
    private NoteSigner signerInEffect(long size) {
        if (size == 0) {
            return null;
        }
        NoteVerifier key = NoteVerifier.parse(SigningKeyRow.inEffectAt(em, size).getVkey());
        NoteSigner signer = state.signerFor(key);
        if (signer == null && !key.equals(warnedNoKey)) {
            warnedNoKey = key;
            LOG.severe("This node's ledger keystore does not hold the checkpoint key in effect (" + key.vkey()
                    + "): no checkpoints are signed here");
        }
        return signer;
    }

    private long currentSize() {
        return ((Number) em.createNativeQuery("select next_seq from ledger_head where id = 1")
                        .getSingleResult())
                .longValue();
    }

    private long latestSize() {
        Number n = (Number) em.createNativeQuery("select coalesce(max(tree_size), 0) from ledger_checkpoint")
                .getSingleResult();
        return n.longValue();
    }
}
