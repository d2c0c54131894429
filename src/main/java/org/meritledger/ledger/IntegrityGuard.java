package org.meritledger.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;

/**
 * The integrity hold. When verification fails, every write is refused until a verification
 * passes again; nothing else lifts it (deliberately no "ignore" switch).
 *
 * <p>The hold is kept twice: in this node's memory (so nobody lifts a failure this node found by
 * editing a row) and in the shared ledger_integrity_hold row, so that a failure found by any node
 * halts every node on the database before its next write. A node that finds the shared row set
 * adopts that hold; when the row is cleared (a full verification passed somewhere), an adopted
 * hold is lifted on the next write attempt, while a hold this node found itself stays until its
 * own verification passes.
 */
@ApplicationScoped
public class IntegrityGuard {

    private static final Logger LOG = Logger.getLogger(IntegrityGuard.class.getName());
    private static final String READ_SHARED = "select held, failure_seq, failure_check, expected, computed, detail,"
            + " held_since from ledger_integrity_hold where id = 1";

    /** Why writes are held, or null when they are allowed; {@code adopted}: found by another node. */
    public record Hold(Failure failure, Instant since, boolean adopted) {
        public Hold(Failure failure, Instant since) {
            this(failure, since, false);
        }

        public String reason() {
            return failure.toString();
        }
    }

    /** Null in plain unit tests, where there is no database: the hold is then this object only. */
    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private volatile Hold hold;

    /**
     * Services call this before changing anything, as a fast refusal under this node's own hold.
     * A hold adopted from another node is decided by {@link #requireWritable(Connection)}, which
     * every ledger append runs under the head lock, so that clearing the shared row lifts it.
     */
    public void requireWritable() {
        Hold h = hold;
        if (h != null && !h.adopted()) {
            throw new IntegrityHoldException(h.reason());
        }
    }

    /**
     * The check of record, on the writing transaction's connection after it locked the head row:
     * a hold set by any node before this point refuses the write.
     */
    public void requireWritable(Connection c) throws SQLException {
        observeShared(c);
        Hold h = hold;
        if (h != null) {
            throw new IntegrityHoldException(h.reason());
        }
    }

    /** Adopts a hold another node shared, or lifts an adopted one that was cleared (not this node's own). */
    public void observeShared(Connection c) throws SQLException {
        Hold h = hold;
        if (h != null && !h.adopted()) {
            return;
        }
        Optional<Hold> shared = readShared(c);
        if (shared.isPresent()) {
            Hold s = shared.get();
            if (h == null || !h.failure().equals(s.failure())) {
                LOG.severe(() -> "Another node holds the ledger, writes are held here too: " + s.failure());
                hold = s;
            }
            return;
        }
        if (h != null) {
            LOG.warning("The shared integrity hold was cleared: hold released on this node");
            hold = null;
        }
    }

    public Optional<Hold> hold() {
        return Optional.ofNullable(hold);
    }

    public boolean isHeld() {
        return hold != null;
    }

    void engage(Failure failure, Instant now) {
        if (dataSource == null) {
            engageHere(failure, now);
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            engage(failure, now, c);
        } catch (SQLException e) {
            LOG.warning(() -> "Could not share the integrity hold with other nodes: " + e.getMessage());
        }
    }

    /** Engages the hold here and shares it through {@code c} (the caller's transaction, if any). */
    void engage(Failure failure, Instant now, Connection c) throws SQLException {
        engageHere(failure, now);
        writeShared(c, failure, hold.since());
    }

    private void engageHere(Failure failure, Instant now) {
        Hold h = hold;
        if (h == null || !h.failure().equals(failure) || h.adopted()) {
            LOG.severe(() -> "Ledger verification failed, writes are held: " + failure);
            hold = new Hold(failure, h == null ? now : h.since(), false);
        }
    }

    /** After a passing run; {@code everywhere} (a full run passed) also clears the shared hold. */
    void release(boolean everywhere) {
        if (hold != null) {
            LOG.warning("Ledger verification passed again: integrity hold released");
            hold = null;
        }
        if (everywhere) {
            clearShared();
        }
    }

    void release() {
        release(true);
    }

    private Optional<Hold> readShared(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ_SHARED);
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return Optional.empty();
            }
            Check check;
            try {
                check = Check.valueOf(rs.getString(3));
            } catch (RuntimeException e) {
                check = Check.HEAD; // an unreadable row still holds: it was set deliberately
            }
            OffsetDateTime since = rs.getObject(7, OffsetDateTime.class);
            Failure f = new Failure(rs.getLong(2), check, rs.getString(4), rs.getString(5), rs.getString(6));
            return Optional.of(new Hold(f, since == null ? Instant.now() : since.toInstant(), true));
        }
    }

    private void writeShared(Connection c, Failure f, Instant since) throws SQLException {
        String sql = "update ledger_integrity_hold set held = true, failure_seq = ?, failure_check = ?, expected = ?,"
                + " computed = ?, detail = ?, held_since = ?, held_by = ? where id = 1";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, f.sequence());
            ps.setString(2, f.check().name());
            ps.setString(3, cut(f.expected()));
            ps.setString(4, cut(f.computed()));
            ps.setString(5, cut(f.detail()));
            ps.setObject(6, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            ps.setString(7, cut(nodeName()));
            ps.executeUpdate();
        }
    }

    private void clearShared() {
        if (dataSource == null) {
            return;
        }
        String sql = "update ledger_integrity_hold set held = false, failure_seq = null, failure_check = null,"
                + " expected = null, computed = null, detail = null, held_since = null, held_by = ? where id = 1 and held";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, cut(nodeName()));
            if (ps.executeUpdate() > 0) {
                LOG.warning("A full verification passed: the shared integrity hold is cleared for every node");
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Could not clear the shared integrity hold: " + e.getMessage());
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 1990) + "…";
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
