package org.meritledger.ledger.export;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.export.ExportRecord;
import org.meritledger.ledger.core.export.ExportWriter;

/**
 * Writes the export from the database with plain JDBC: one repeatable-read transaction (so the
 * head, keys, entries and checkpoints are one snapshot), the entries and checkpoints read by two
 * cursors in step, each checkpoint written right after the entry that completes it. Only a fetch
 * window of rows is in memory at any time. Stored values are written as they are, tampered or
 * not: the export is evidence, and the verifier names what is wrong.
 */
public final class LedgerExporter {

    private static final int FETCH = 2000;

    private LedgerExporter() {}

    /** What was written. */
    public record Summary(long entries, long checkpoints) {}

    /**
     * @param c a connection this call may put in a read-only transaction (it rolls it back)
     */
    public static Summary write(Connection c, Writer out, String origin, String suiteId, Instant now)
            throws SQLException, IOException {
        boolean auto = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false); // PostgreSQL streams a cursor only inside a transaction
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return write0(c, out, origin, suiteId, now);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(auto);
        }
    }

    private static Summary write0(Connection c, Writer out, String origin, String suiteId, Instant now)
            throws SQLException, IOException {
        long size;
        try (PreparedStatement ps = c.prepareStatement("select next_seq from ledger_head where id = 1");
                ResultSet rs = ps.executeQuery()) {
            size = rs.next() ? rs.getLong(1) : 0;
        }
        ExportWriter w = new ExportWriter(out);
        w.write(new ExportRecord.Header(origin, suiteId, size, EntryCodec.timestampMicros(EntryCodec.toMicros(now))));
        try (PreparedStatement ps = c.prepareStatement(
                        "select key_id, from_seq, vkey, created_at from ledger_signing_key order by from_seq, key_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                w.write(new ExportRecord.Key(
                        rs.getString(1).trim(),
                        rs.getLong(2),
                        rs.getString(3),
                        micros(rs.getObject(4, OffsetDateTime.class))));
            }
        }
        long entries = 0;
        long checkpoints = 0;
        try (PreparedStatement es = c.prepareStatement(
                        "select seq, ts, entry_type, actor_account_id, actor_role, subject, payload, payload_hash,"
                                + " prev_hash, entry_hash from ledger_entry where seq < ? order by seq");
                PreparedStatement cs =
                        c.prepareStatement("select c.id, c.tree_size, c.note, s.line from ledger_checkpoint c"
                                + " left join ledger_cosignature s on s.checkpoint_id = c.id"
                                + " where c.tree_size <= ? order by c.tree_size, c.id, s.id")) {
            es.setLong(1, size);
            es.setFetchSize(FETCH);
            cs.setLong(1, size);
            cs.setFetchSize(FETCH);
            try (ResultSet er = es.executeQuery();
                    ResultSet cr = cs.executeQuery()) {
                Checkpoints cps = new Checkpoints(cr);
                while (er.next()) {
                    Entry e = entry(er);
                    w.write(new ExportRecord.EntryLine(e));
                    entries++;
                    // every checkpoint up to here, including any of a size no entry reached (out of order)
                    for (ExportRecord.CheckpointLine cp = cps.upTo(entries); cp != null; cp = cps.upTo(entries)) {
                        w.write(cp);
                        checkpoints++;
                    }
                }
                for (ExportRecord.CheckpointLine cp = cps.upTo(Long.MAX_VALUE);
                        cp != null;
                        cp = cps.upTo(Long.MAX_VALUE)) {
                    w.write(cp);
                    checkpoints++;
                }
            }
        }
        w.end();
        return new Summary(entries, checkpoints);
    }

    /** Groups the checkpoint cursor's rows (one per cosignature) into checkpoint records. */
    private static final class Checkpoints {
        private final ResultSet rs;
        private boolean row;
        private boolean started;

        Checkpoints(ResultSet rs) {
            this.rs = rs;
        }

        /** The next checkpoint if its size is at most {@code size}, else null. */
        ExportRecord.CheckpointLine upTo(long size) throws SQLException {
            if (!started) {
                row = rs.next();
                started = true;
            }
            if (!row || rs.getLong(2) > size) {
                return null;
            }
            long id = rs.getLong(1);
            long treeSize = rs.getLong(2);
            String note = rs.getString(3);
            List<String> cosigs = new ArrayList<>();
            while (row && rs.getLong(1) == id) {
                String line = rs.getString(4);
                if (line != null) {
                    cosigs.add(line);
                }
                row = rs.next();
            }
            return new ExportRecord.CheckpointLine(treeSize, note, cosigs);
        }
    }

    static Entry entry(ResultSet rs) throws SQLException {
        long actor = rs.getLong(4);
        Long actorId = rs.wasNull() ? null : actor;
        OffsetDateTime ts = rs.getObject(2, OffsetDateTime.class);
        return new Entry(
                rs.getLong(1),
                ts.toInstant(),
                rs.getString(3),
                actorId,
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                hex(rs.getString(8)),
                hex(rs.getString(9)),
                hex(rs.getString(10)));
    }

    private static byte[] hex(String s) {
        if (s == null) {
            return new byte[0];
        }
        try {
            return Bytes.fromHex(s.trim());
        } catch (IllegalArgumentException e) {
            return new byte[0]; // written as "", which the verifier reports against the computed hash
        }
    }

    private static long micros(OffsetDateTime t) {
        return t == null ? 0 : EntryCodec.timestampMicros(EntryCodec.toMicros(t.toInstant()));
    }
}
