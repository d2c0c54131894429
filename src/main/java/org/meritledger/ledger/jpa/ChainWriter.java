package org.meritledger.ledger.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;

/**
 * Appends entries through one {@link EntityManager} inside one transaction that the caller
 * owns (JTA in the portal; resource-local in the concurrency test and the load driver). Opening
 * it locks the head row until that transaction ends, so only one writer on any node extends the
 * chain at a time; it then stores each entry, its Merkle nodes, and moves the head.
 */
public final class ChainWriter {

    private final EntityManager em;
    private final HeadRow head;
    private final ChainAppender chain;
    private final MerkleAppender tree;
    private final EntryCodec codec;
    private Instant lastTimestamp;

    private ChainWriter(EntityManager em, Suite suite, HeadRow head, ChainAppender chain, MerkleAppender tree) {
        this.em = em;
        this.head = head;
        this.chain = chain;
        this.tree = tree;
        this.codec = new EntryCodec(suite);
        this.lastTimestamp = head.getLastTimestamp();
    }

    /** Locks the head and continues the chain after its last entry; the ledger must have its genesis entry. */
    public static ChainWriter open(EntityManager em, Suite suite) {
        HeadRow head = lockHead(em);
        long size = head.getNextSeq();
        if (size == 0) {
            throw new IllegalStateException("the ledger has no genesis entry");
        }
        Entry last = new Entry(size - 1, head.getLastTimestamp(), "", null, null, null, "",
                null, null, Bytes.fromHex(head.getLastHash().trim()));
        RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
        return new ChainWriter(em, suite, head, ChainAppender.resume(suite, last),
                MerkleAppender.resume(hasher, new JpaNodeStore(em), size));
    }

    /** Locks the head and, if the ledger is empty, writes entry 0; returns null if it was not empty. */
    public static Entry genesisIfEmpty(EntityManager em, Suite suite, Clock clock, String origin, NoteVerifier key) {
        HeadRow head = lockHead(em);
        if (head.getNextSeq() != 0) {
            return null;
        }
        ChainWriter w = new ChainWriter(em, suite, head, ChainAppender.newLedger(suite),
                new MerkleAppender(new RfcLogHasher(suite.newDigester())));
        Entry genesis = w.chain.genesis(w.now(clock), origin, key);
        w.store(genesis);
        return genesis;
    }

    /**
     * Locks the head row and reads it: one SELECT ... FOR UPDATE, the first statement of the
     * critical section that every append on every node queues for. This relies on the head not
     * being managed in this persistence context already (a managed copy would be returned
     * unrefreshed): only ChainWriter loads {@link HeadRow} as an entity, once per transaction;
     * everything else reads ledger_head with plain queries.
     */
    static HeadRow lockHead(EntityManager em) {
        HeadRow head = em.find(HeadRow.class, HeadRow.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("ledger_head has no row: the schema is incomplete");
        }
        return head;
    }

    public Entry append(Clock clock, String type, Long actorAccountId, String actorRole, String subject, Object payload) {
        Entry e = chain.append(now(clock), type, actorAccountId, actorRole, subject, payload);
        store(e);
        return e;
    }

    public long nextSequence() {
        return chain.nextSequence();
    }

    /** The clock's time, but never before the previous entry: node clocks may differ a little. */
    private Instant now(Clock c) {
        Instant t = EntryCodec.toMicros(c.instant());
        return lastTimestamp != null && t.isBefore(lastTimestamp) ? lastTimestamp : t;
    }

    private void store(Entry e) {
        em.persist(new EntryRow(e));
        tree.append(codec.leafHash(e.entryHash()),
                (level, index, hash) -> em.persist(new NodeRow(level, index, Bytes.hex(hash))));
        lastTimestamp = e.timestamp();
        head.advance(e.sequence() + 1, Bytes.hex(e.entryHash()), e.timestamp());
    }
}
