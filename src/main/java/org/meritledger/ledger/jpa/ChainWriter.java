package org.meritledger.ledger.jpa;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTags;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;

/**
 * Appends entries inside one transaction that the caller owns (JTA in the portal; resource-local
 * in the concurrency test and the load driver), on that transaction's own JDBC connection.
 * Opening it locks the head row until the transaction ends, so only one writer on any node
 * extends the chain at a time.
 *
 * <p>Plain JDBC, not entities, because this is the chain's critical section: appends only compute
 * hashes in memory, and the rows (entries, completed Merkle nodes, the new head) go to the
 * database as three batched statements just before the transaction commits (Hibernate's
 * before-completion hook, after it has flushed the domain changes), or earlier on {@link #flush}.
 * The Merkle frontier comes from the node's {@link FrontierCache} when it matches the locked head,
 * else from ledger_node.
 */
public final class ChainWriter {

    private static final String INSERT_ENTRY = "insert into ledger_entry (seq, ts, entry_type, actor_account_id,"
            + " actor_role, subject, payload, payload_hash, prev_hash, entry_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_TAG = "insert into ledger_entry_tag (seq, tag) values (?, ?)";
    private static final String INSERT_NODE = "insert into ledger_node (lvl, idx, hash) values (?, ?, ?)";
    private static final String MOVE_HEAD =
            "update ledger_head set next_seq = ?, last_hash = ?, last_ts = ? where id = 1";

    private final SessionImplementor session;
    private final Suite suite;
    private final ChainAppender chain;
    private final MerkleAppender tree;
    private final RfcLogHasher hasher;
    private final EntryCodec codec;
    private final FrontierCache frontier;
    private EntryTags tags;
    private final List<Entry> pendingEntries = new ArrayList<>();
    private final List<Object[]> pendingNodes = new ArrayList<>();
    private Instant lastTimestamp;

    private ChainWriter(
            SessionImplementor session,
            Suite suite,
            Instant lastTimestamp,
            ChainAppender chain,
            MerkleAppender tree,
            RfcLogHasher hasher,
            FrontierCache frontier) {
        this.session = session;
        this.suite = suite;
        this.chain = chain;
        this.tree = tree;
        this.hasher = hasher;
        this.codec = new EntryCodec(suite);
        this.frontier = frontier;
        this.lastTimestamp = lastTimestamp;
    }

    /** The chain's end as the head row records it. */
    private record Head(long nextSeq, String lastHash, Instant lastTimestamp) {}

    /**
     * Locks the head and continues the chain after its last entry; the ledger must have its
     * genesis entry. The rows are written at commit (or {@link #flush}).
     */
    public static ChainWriter open(EntityManager em, Suite suite, FrontierCache frontier) {
        return open(em, suite, frontier, null);
    }

    /** As {@link #open(EntityManager, Suite, FrontierCache)}, tagging every entry with {@code tags} (the portal always does). */
    public static ChainWriter open(EntityManager em, Suite suite, FrontierCache frontier, EntryTags tags) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
        ChainWriter w = session.doReturningWork(c -> {
            Head head = lockHead(c);
            long size = head.nextSeq();
            if (size == 0) {
                throw new IllegalStateException("the ledger has no genesis entry");
            }
            MerkleAppender tree = frontier.take(suite.id(), size, head.lastHash(), hasher);
            if (tree == null) {
                tree = MerkleAppender.resume(hasher, new JdbcNodeStore(c), size);
            }
            Entry last = new Entry(
                    size - 1,
                    head.lastTimestamp(),
                    "",
                    null,
                    null,
                    null,
                    "",
                    null,
                    null,
                    Bytes.fromHex(head.lastHash()));
            ChainWriter opened = new ChainWriter(
                    session, suite, head.lastTimestamp(), ChainAppender.resume(suite, last), tree, hasher, frontier);
            opened.tags = tags;
            return opened;
        });
        session.getActionQueue().registerProcess(s -> w.flush());
        return w;
    }

    /** Locks the head and, if the ledger is empty, writes entry 0 at once; returns null if it was not empty. */
    public static Entry genesisIfEmpty(EntityManager em, Suite suite, Clock clock, String origin, NoteVerifier key) {
        return genesisIfEmpty(em, suite, clock, origin, key, null);
    }

    /** As above, tagging entry 0 with {@code tags}. */
    public static Entry genesisIfEmpty(
            EntityManager em, Suite suite, Clock clock, String origin, NoteVerifier key, EntryTags tags) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        return session.doReturningWork(c -> {
            if (lockHead(c).nextSeq() != 0) {
                return null;
            }
            RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
            ChainWriter w = new ChainWriter(
                    session,
                    suite,
                    null,
                    ChainAppender.newLedger(suite),
                    new MerkleAppender(hasher),
                    hasher,
                    new FrontierCache());
            w.tags = tags;
            Entry genesis = w.chain.genesis(w.now(clock), origin, key);
            w.add(genesis);
            w.write(c);
            return genesis;
        });
    }

    /**
     * Locks the head row and reads it: one SELECT ... FOR UPDATE, the first statement of the
     * critical section that every append on every node queues for.
     */
    private static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "select next_seq, last_hash, last_ts from ledger_head where id = 1 for update");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("ledger_head has no row: the schema is incomplete");
            }
            OffsetDateTime ts = rs.getObject(3, OffsetDateTime.class);
            return new Head(rs.getLong(1), rs.getString(2).trim(), ts == null ? null : ts.toInstant());
        }
    }

    public Entry append(
            Clock clock, String type, Long actorAccountId, String actorRole, String subject, Object payload) {
        return append(clock, type, actorAccountId, actorRole, subject, ChainAppender.prepare(codec, payload));
    }

    /** Appends a payload prepared (canonicalised and hashed) before the lock was taken. */
    public Entry append(
            Clock clock,
            String type,
            Long actorAccountId,
            String actorRole,
            String subject,
            ChainAppender.Prepared payload) {
        Entry e = chain.append(now(clock), type, actorAccountId, actorRole, subject, payload);
        add(e);
        return e;
    }

    /** A {@code ledger.key.rotated} entry: {@code previous} must hold the key in effect, {@code next} the new one. */
    public Entry rotateKey(
            Clock clock, Long actorAccountId, String actorRole, String origin, NoteSigner previous, NoteSigner next) {
        Entry e = chain.rotateKey(now(clock), actorAccountId, actorRole, origin, previous, next);
        add(e);
        return e;
    }

    public long nextSequence() {
        return chain.nextSequence();
    }

    /**
     * Writes the entries appended so far (and their nodes, and the head) now instead of at
     * commit, e.g. before reading them back in the same transaction. Runs again harmlessly.
     */
    public void flush() {
        if (!pendingEntries.isEmpty()) {
            session.doWork(this::write);
        }
    }

    /** The clock's time, but never before the previous entry: node clocks may differ a little. */
    private Instant now(Clock c) {
        Instant t = EntryCodec.toMicros(c.instant());
        return lastTimestamp != null && t.isBefore(lastTimestamp) ? lastTimestamp : t;
    }

    private void add(Entry e) {
        pendingEntries.add(e);
        tree.append(
                codec.leafHash(e.entryHash()),
                (level, index, hash) -> pendingNodes.add(new Object[] {level, index, Bytes.hex(hash)}));
        lastTimestamp = e.timestamp();
    }

    private void write(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_ENTRY)) {
            for (Entry e : pendingEntries) {
                ps.setLong(1, e.sequence());
                ps.setObject(2, OffsetDateTime.ofInstant(e.timestamp(), ZoneOffset.UTC));
                ps.setString(3, e.type());
                if (e.actorAccountId() == null) {
                    ps.setNull(4, Types.BIGINT);
                } else {
                    ps.setLong(4, e.actorAccountId());
                }
                ps.setString(5, e.actorRole());
                ps.setString(6, e.subject());
                ps.setString(7, e.payload());
                ps.setString(8, Bytes.hex(e.payloadHash()));
                ps.setString(9, Bytes.hex(e.previousHash()));
                ps.setString(10, Bytes.hex(e.entryHash()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (tags != null) {
            try (PreparedStatement ps = c.prepareStatement(INSERT_TAG)) {
                for (Entry e : pendingEntries) {
                    ps.setLong(1, e.sequence());
                    ps.setString(2, Bytes.hex(tags.tag(e.sequence(), e.entryHash())));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_NODE)) {
            for (Object[] n : pendingNodes) {
                ps.setInt(1, (Integer) n[0]);
                ps.setLong(2, (Long) n[1]);
                ps.setString(3, (String) n[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Entry last = pendingEntries.get(pendingEntries.size() - 1);
        String lastHash = Bytes.hex(last.entryHash());
        try (PreparedStatement ps = c.prepareStatement(MOVE_HEAD)) {
            ps.setLong(1, last.sequence() + 1);
            ps.setString(2, lastHash);
            ps.setObject(3, OffsetDateTime.ofInstant(last.timestamp(), ZoneOffset.UTC));
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("ledger_head has no row: the schema is incomplete");
            }
        }
        pendingEntries.clear();
        pendingNodes.clear();
        // Trusted only when a later lock finds exactly this head (size and last hash).
        frontier.put(suite.id(), last.sequence() + 1, lastHash, tree, hasher);
    }
}
