package org.meritledger.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.merkle.ProofBuilder;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.jpa.ChainWriter;
import org.meritledger.ledger.jpa.EntryRow;
import org.meritledger.ledger.jpa.FrontierCache;
import org.meritledger.ledger.jpa.JpaNodeStore;
import org.meritledger.ledger.jpa.SigningKeyRow;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Appends entries inside the caller's transaction ({@link ChainWriter} does the storing, at
 * commit). The first append of a transaction locks the
 * head row (SELECT ... FOR UPDATE: H2 and PostgreSQL), so writers on every node queue there and
 * the chain cannot fork; the unique constraints on seq and prev_hash are a second wall. The lock
 * is held to commit, so the entry commits or rolls back with the domain change it records.
 */
@ApplicationScoped
public class LedgerService implements LedgerAppend {

    @PersistenceContext(unitName = "merit")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    IntegrityGuard guard;

    @Inject
    CallerProvider callers;

    @Inject
    LedgerState state;

    @Inject
    Checkpointer checkpointer;

    /** This node's Merkle frontier after its last append (checked against the locked head before use). */
    private final FrontierCache frontier = new FrontierCache();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String type, String subject, Object payload) {
        guard.requireWritable();
        if (type == null || type.isBlank() || type.length() > 80) {
            throw new IllegalArgumentException("entry type must be 1..80 characters");
        }
        if (subject != null && (subject.isBlank() || subject.length() > 120)) {
            throw new IllegalArgumentException("subject must be 1..120 characters or null");
        }
        Caller caller = caller();
        // canonical JSON and payload hash before the head lock, which the first append takes
        ChainAppender.Prepared prepared = ChainAppender.prepare(codec(), payload);
        Entry e = txWriter()
                .append(
                        clock,
                        type,
                        caller == null ? null : caller.accountId(),
                        caller == null ? null : primaryRole(caller),
                        subject,
                        prepared);
        return e.sequence();
    }

    /**
     * Appends a {@code ledger.key.rotated} entry naming {@code next} as the checkpoint key from
     * now on, signed by the key in effect (which this node must hold) and by {@code next}, and
     * records the new public key in ledger_signing_key, all in the current transaction. The key
     * in effect is read under the head lock, so two rotations on two nodes chain correctly.
     *
     * @throws org.meritledger.base.InvalidInputException if this node's keystore lacks the key in effect
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Entry rotateKey(NoteSigner next) {
        guard.requireWritable();
        Caller caller = caller();
        ChainWriter w = txWriter();
        SigningKeyRow current = SigningKeyRow.inEffectAt(em, w.nextSequence());
        NoteSigner previous = state.signerFor(NoteVerifier.parse(current.getVkey()));
        if (previous == null) {
            // only a node holding the key in effect can authorise its successor
            throw new org.meritledger.base.InvalidInputException(null, "ledger.rotate.keyMissing", current.getKeyId());
        }
        Entry e = w.rotateKey(
                clock,
                caller == null ? null : caller.accountId(),
                caller == null ? null : primaryRole(caller),
                state.origin(),
                previous,
                next);
        em.persist(new SigningKeyRow(KeyIds.hex(next.keyId()), next.verifier().vkey(), e.sequence(), e.timestamp()));
        state.remember(next);
        return e;
    }

    /** Writes this transaction's pending entries now, so queries in it see them. */
    private void flushPending() {
        try {
            ChainWriter w = (ChainWriter) transactions.getResource(ChainWriter.class);
            if (w != null) {
                w.flush();
            }
        } catch (IllegalStateException e) {
            // no transaction: nothing pending
        }
    }

    private EntryCodec codec() {
        return new EntryCodec(state.suite()); // not thread-safe (it holds a digest), and cheap to make
    }

    /** Entry 0, if the ledger is empty; returns false if another node (or an earlier start) made it. */
    @Transactional
    public boolean genesisIfEmpty(Suite suite, String origin, NoteSigner signer) {
        Entry genesis = ChainWriter.genesisIfEmpty(em, suite, clock, origin, signer.verifier(), state.tags());
        if (genesis == null) {
            return false;
        }
        em.persist(
                new SigningKeyRow(KeyIds.hex(signer.keyId()), signer.verifier().vkey(), 0, genesis.timestamp()));
        afterCommitCheckpoint();
        return true;
    }

    /** Number of entries committed (the next sequence number). */
    @Transactional
    public long size() {
        flushPending();
        // a plain query, never the entity: see ChainWriter.lockHead
        return ((Number) em.createNativeQuery("select next_seq from ledger_head where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /** Inclusion proof of entry {@code seq} in the tree of {@code size} entries, leaf side first. */
    @Transactional
    public List<byte[]> inclusionProof(long seq, long size) {
        flushPending();
        return proofs().inclusionProof(seq, size);
    }

    @Transactional
    public byte[] rootHash(long size) {
        flushPending();
        return proofs().rootHash(size);
    }

    @Transactional
    public Entry entry(long seq) {
        flushPending();
        EntryRow row = em.find(EntryRow.class, seq);
        if (row == null) {
            throw new org.meritledger.base.NotFoundException("ledger entry " + seq);
        }
        return row.toEntry();
    }

    private ProofBuilder proofs() {
        return new ProofBuilder(new RfcLogHasher(state.suite().newDigester()), new JpaNodeStore(em));
    }

    /**
     * The caller, or null for the system. Start-up work (demo data, the first administrator) runs
     * in EJB lifecycle callbacks, where the container refuses to be asked for a caller at all.
     */
    private Caller caller() {
        try {
            return callers.current().orElse(null);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The role an entry names: the most powerful one the caller holds, since services check that one first. */
    static String primaryRole(Caller c) {
        for (Role r : List.of(Role.ADMIN, Role.COMMANDER, Role.AUDITOR, Role.SOLDIER)) {
            if (c.has(r)) {
                return r.name();
            }
        }
        return null;
    }

    /** This transaction's writer: opened (and the head locked) by its first append. */
    private ChainWriter txWriter() {
        ChainWriter w = (ChainWriter) transactions.getResource(ChainWriter.class);
        if (w == null) {
            w = ChainWriter.open(em, state.suite(), frontier, state.tags());
            // under the head lock now: a hold any node shared before this point refuses the write
            em.unwrap(org.hibernate.Session.class).doWork(guard::requireWritable);
            transactions.putResource(ChainWriter.class, w);
            afterCommitCheckpoint();
        }
        return w;
    }

    private void afterCommitCheckpoint() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    checkpointer.requestSoon();
                }
            }
        });
    }
}
