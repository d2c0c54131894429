package org.meritledger.ledger.witness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.witness.WitnessState;

/**
 * The witness's state rows ({@code witness_log_state}, {@code witness_alert}) with plain JDBC on
 * the caller's connection and transaction. {@link #lock} takes a row lock (SELECT ... FOR
 * UPDATE, H2 and PostgreSQL), so checking a request against the state and recording the new
 * state is atomic even with several portal nodes on one database, as tlog-witness requires.
 */
final class WitnessStateStore {

    private WitnessStateStore() {}

    /** The state of {@code origin}, locked until the transaction ends; a row of size 0 is made first if missing. */
    static WitnessState lock(Connection c, String origin, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into witness_log_state (origin, tree_size, updated_at) select ?, 0, ? from ledger_head"
                        + " where id = 1 and not exists (select 1 from witness_log_state where origin = ?)")) {
            ps.setString(1, origin);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, origin);
            ps.executeUpdate();
        } catch (SQLException raced) {
            // another node inserted it at the same moment: the select below waits for its lock
            c.rollback();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select tree_size, root_hash, checkpoint from witness_log_state where origin = ? for update")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("witness state row for " + origin + " vanished");
                }
                String root = rs.getString(2);
                return new WitnessState(
                        rs.getLong(1), root == null ? null : Bytes.fromHex(root.trim()), rs.getString(3));
            }
        }
    }

    static void update(Connection c, String origin, Checkpoint cp, String note, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update witness_log_state set tree_size = ?, root_hash = ?, checkpoint = ?, updated_at = ? where origin = ?")) {
            ps.setLong(1, cp.size());
            ps.setString(2, Bytes.hex(cp.rootHash()));
            ps.setString(3, note);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, origin);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("witness state row for " + origin + " not updated");
            }
        }
    }

    /** Reads without locking (for pages and tests). */
    static WitnessState read(Connection c, String origin) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("select tree_size, root_hash, checkpoint from witness_log_state where origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return WitnessState.empty();
                }
                String root = rs.getString(2);
                return new WitnessState(
                        rs.getLong(1), root == null ? null : Bytes.fromHex(root.trim()), rs.getString(3));
            }
        }
    }

    static void alert(
            Connection c,
            String origin,
            String kind,
            String detail,
            WitnessState cosigned,
            Checkpoint submitted,
            String request,
            Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into witness_alert (origin, kind, detail, cosigned_size,"
                        + " cosigned_root, submitted_size, submitted_root, request, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, origin);
            ps.setString(2, kind);
            ps.setString(3, cut(detail, 2000));
            ps.setLong(4, cosigned.size());
            ps.setString(5, cosigned.root() == null ? null : Bytes.hex(cosigned.root()));
            ps.setLong(6, submitted.size());
            ps.setString(7, Bytes.hex(submitted.rootHash()));
            ps.setString(8, cut(request, 12000));
            ps.setTimestamp(9, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
