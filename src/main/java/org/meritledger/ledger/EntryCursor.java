package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;

/**
 * Streams stored entries in sequence order with a database cursor (fetch size set; PostgreSQL
 * needs auto-commit off for that), so verifying a million entries holds only a window in memory.
 * Stored values are passed on as they are, even malformed ones: judging them is the verifier's job.
 */
final class EntryCursor implements Iterator<Entry>, AutoCloseable {

    private final PreparedStatement ps;
    private final ResultSet rs;
    private Boolean hasNext;

    /** Entries with fromSeq ≤ seq &lt; toSeq. */
    EntryCursor(Connection c, long fromSeq, long toSeq) throws SQLException {
        ps = c.prepareStatement("select seq, ts, entry_type, actor_account_id, actor_role, subject, payload,"
                + " payload_hash, prev_hash, entry_hash from ledger_entry where seq >= ? and seq < ? order by seq");
        ps.setLong(1, fromSeq);
        ps.setLong(2, toSeq);
        ps.setFetchSize(2000);
        rs = ps.executeQuery();
    }

    @Override
    public boolean hasNext() {
        if (hasNext == null) {
            try {
                hasNext = rs.next();
            } catch (SQLException e) {
                throw new IllegalStateException("reading ledger entries failed: " + e.getMessage(), e);
            }
        }
        return hasNext;
    }

    @Override
    public Entry next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        hasNext = null;
        try {
            OffsetDateTime ts = rs.getObject(2, OffsetDateTime.class);
            long actor = rs.getLong(4);
            Long actorId = rs.wasNull() ? null : actor;
            return new Entry(
                    rs.getLong(1),
                    ts == null ? null : ts.toInstant(),
                    rs.getString(3),
                    actorId,
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    hex(rs.getString(8)),
                    hex(rs.getString(9)),
                    hex(rs.getString(10)));
        } catch (SQLException e) {
            throw new IllegalStateException("reading ledger entries failed: " + e.getMessage(), e);
        }
    }

    /** Hex as stored; text that is not hex becomes an empty hash, which never matches a computed one. */
    static byte[] hex(String s) {
        if (s == null) {
            return new byte[0];
        }
        try {
            return Bytes.fromHex(s.trim());
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            rs.close();
        } finally {
            ps.close();
        }
    }
}
