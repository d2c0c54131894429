package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTags;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.suite.Suite;

/**
 * What the chain verifier does not see: the entry tags (docs/ledger-format.md "Entry tags") and
 * the stored Merkle nodes. For a range of entries whose hashes are already verified (or, for the
 * checkpoint writer, tag-checked) it checks each entry's tag, recomputes every Merkle node those
 * entries complete and compares it with the stored ledger_node row, since proofs and the
 * checkpoint writer read those rows. One pass over the entries, one cursor per tree level
 * (at most 64), so the cost is linear in the range and memory stays O(log n).
 */
final class StoredDataCheck {

    private static final String ENTRIES = "select e.seq, e.entry_hash, t.tag from ledger_entry e"
            + " left join ledger_entry_tag t on t.seq = e.seq where e.seq >= ? and e.seq < ? order by e.seq";

    private static final int BATCH = 256;

    private final Connection c;
    private final EntryTags tags;
    private final EntryCodec codec;
    private final boolean checkNodes;

    /** {@code tags} null: tags are not checked (only before tagging at upgrade). */
    StoredDataCheck(Connection c, Suite suite, EntryTags tags, boolean checkNodes) {
        this.c = c;
        this.tags = tags;
        this.codec = new EntryCodec(suite);
        this.checkNodes = checkNodes;
    }

    /**
     * Checks entries [from, to), continuing {@code tree} (which must hold the verified tree of
     * {@code from} leaves and is advanced to {@code to}); returns the first failure, or null.
     */
    Failure check(MerkleAppender tree, long from, long to) throws SQLException {
        return check(tree, from, to, null, 0);
    }

    /**
     * As {@link #check(MerkleAppender, long, long)}, with the tags checked in batches on
     * {@code pool} (null: on this thread) while this thread recomputes the Merkle nodes and reads
     * the stored ones. The failure reported is the same as on one thread: the first entry whose
     * tag is wrong or whose append completes a wrong node, the tag first for the same entry.
     */
    Failure check(MerkleAppender tree, long from, long to, Executor pool, int inFlight) throws SQLException {
        Map<Integer, LevelCursor> levels = new HashMap<>();
        Failure[] nodeFailure = new Failure[1];
        Deque<CompletableFuture<Failure>> tagChecks = new ArrayDeque<>();
        List<Row> batch = new ArrayList<>(BATCH);
        try (PreparedStatement ps = c.prepareStatement(ENTRIES)) {
            ps.setFetchSize(1000);
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    byte[] hash = Bytes.fromHex(rs.getString(2).trim());
                    if (tags != null) {
                        batch.add(new Row(seq, hash, rs.getString(3)));
                        if (batch.size() == BATCH) {
                            Failure f = submit(tagChecks, batch, pool, inFlight);
                            if (f != null) {
                                return f; // earlier than any node failure, which would have stopped the loop
                            }
                            batch = new ArrayList<>(BATCH);
                        }
                    }
                    tree.append(codec.leafHash(hash), (level, index, node) -> {
                        if (checkNodes && nodeFailure[0] == null) {
                            try {
                                nodeFailure[0] = compare(levels, to, level, index, node);
                            } catch (SQLException e) {
                                throw new IllegalStateException("cannot read ledger_node: " + e.getMessage(), e);
                            }
                        }
                    });
                    if (nodeFailure[0] != null) {
                        break;
                    }
                }
            }
            // the tags of the entries read so far (up to a node failure's entry, that one included)
            if (!batch.isEmpty()) {
                Failure f = submit(tagChecks, batch, pool, inFlight);
                if (f != null) {
                    return f;
                }
            }
            while (!tagChecks.isEmpty()) {
                Failure f = join(tagChecks.removeFirst());
                if (f != null) {
                    return f;
                }
            }
            return nodeFailure[0];
        } finally {
            for (LevelCursor l : levels.values()) {
                l.close();
            }
        }
    }

    private record Row(long seq, byte[] hash, String tag) {}

    /** Queues a batch's tag check; returns the failure of the oldest batch if one had to be awaited. */
    private Failure submit(Deque<CompletableFuture<Failure>> queue, List<Row> rows, Executor pool, int inFlight) {
        if (pool == null) {
            return tagBatch(rows);
        }
        queue.addLast(CompletableFuture.supplyAsync(() -> tagBatch(rows), pool));
        while (queue.size() > Math.max(1, inFlight)) {
            Failure f = join(queue.removeFirst());
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private Failure tagBatch(List<Row> rows) {
        EntryTags.Tagger tagger = tags.tagger(); // keyed once per batch, not per entry
        for (Row r : rows) {
            Failure f = tag(r.seq, r.hash, r.tag, Bytes.hex(tagger.tag(r.seq, r.hash)));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Failure join(CompletableFuture<Failure> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The tag check of one entry, or null if its tag is right. */
    static Failure tagFailure(Connection c, EntryTags tags, long seq, byte[] hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select tag from ledger_entry_tag where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return tag(tags, seq, hash, rs.next() ? rs.getString(1) : null);
            }
        }
    }

    private static Failure tag(EntryTags tags, long seq, byte[] hash, String stored) {
        return tag(seq, hash, stored, Bytes.hex(tags.tag(seq, hash)));
    }

    private static Failure tag(long seq, byte[] hash, String stored, String expected) {
        if (stored == null) {
            return new Failure(
                    seq,
                    Check.ENTRY_TAG,
                    "(no tag in the ledger)",
                    expected,
                    "entry " + seq + " has no authentication tag: the portal did not write it (inserted with SQL?)");
        }
        if (!expected.equals(stored.trim())) {
            return new Failure(
                    seq,
                    Check.ENTRY_TAG,
                    stored.trim(),
                    expected,
                    "the ledger's tag of entry " + seq + " is not the portal's: the entry or its tag was not written"
                            + " by the portal");
        }
        return null;
    }

    private Failure compare(Map<Integer, LevelCursor> levels, long to, int level, long index, byte[] node)
            throws SQLException {
        LevelCursor cur = levels.get(level);
        if (cur == null) {
            cur = new LevelCursor(c, level, index, to >>> level);
            levels.put(level, cur);
        }
        String stored = cur.next(index);
        String computed = Bytes.hex(node);
        if (computed.equals(stored)) {
            return null;
        }
        long first = index << level;
        long last = ((index + 1) << level) - 1;
        String range = first == last ? "entry " + first : "entries " + first + "–" + last;
        return new Failure(
                first,
                Check.MERKLE_NODE,
                stored == null ? "(no node row in the ledger)" : stored,
                computed,
                "the ledger's Merkle node (level " + level + ", index " + index + ") over " + range
                        + " does not match those entries: proofs and checkpoints built from it would be wrong");
    }

    /** The stored nodes of one level, read in index order alongside the recomputation. */
    private static final class LevelCursor {
        private final PreparedStatement ps;
        private final ResultSet rs;
        private long rowIndex = -1;
        private String rowHash;
        private boolean done;

        LevelCursor(Connection c, int level, long fromIndex, long toIndex) throws SQLException {
            ps = c.prepareStatement(
                    "select idx, hash from ledger_node where lvl = ? and idx >= ? and idx < ? order by idx");
            ps.setFetchSize(1000);
            ps.setInt(1, level);
            ps.setLong(2, fromIndex);
            ps.setLong(3, toIndex);
            rs = ps.executeQuery();
        }

        /** The stored hash of node {@code index}, or null if there is no such row. */
        String next(long index) throws SQLException {
            while (!done && rowIndex < index) {
                if (rs.next()) {
                    rowIndex = rs.getLong(1);
                    rowHash = rs.getString(2).trim();
                } else {
                    done = true;
                }
            }
            return !done && rowIndex == index ? rowHash : null;
        }

        void close() throws SQLException {
            rs.close();
            ps.close();
        }
    }
}
