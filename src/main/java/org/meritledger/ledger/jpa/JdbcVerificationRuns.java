package org.meritledger.ledger.jpa;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.VerificationRuns;

/**
 * Verification runs in {@code ledger_verification_run}, written on their own connection (a run is
 * recorded even when the verification found the ledger broken and everything else is held).
 */
@ApplicationScoped
public class JdbcVerificationRuns implements VerificationRuns {

    /** Longest failure text kept; the column is 2,000 characters. */
    private static final int MAX_TEXT = 2000;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void record(Run r) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into ledger_verification_run"
                        + " (started_at, finished_at, full_run, run_trigger, entries, ok, failure_seq, failure, millis)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(r.startedAt()));
            ps.setTimestamp(2, Timestamp.from(r.finishedAt()));
            ps.setBoolean(3, r.full());
            ps.setString(4, cut(r.trigger(), 80));
            ps.setLong(5, r.entries());
            ps.setBoolean(6, r.ok());
            if (r.failureSeq() == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, r.failureSeq());
            }
            ps.setString(8, cut(r.failure(), MAX_TEXT));
            ps.setLong(9, r.millis());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the verification run: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Run> page(int offset, int limit) {
        List<Run> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select started_at, finished_at, full_run, run_trigger,"
                        + " entries, ok, failure_seq, failure, millis from ledger_verification_run"
                        + " order by id desc offset ? rows fetch next ? rows only")) {
            ps.setInt(1, offset);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(7);
                    out.add(new Run(
                            rs.getTimestamp(1).toInstant(),
                            rs.getTimestamp(2).toInstant(),
                            rs.getBoolean(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getBoolean(6),
                            rs.wasNull() ? null : seq,
                            rs.getString(8),
                            rs.getLong(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read verification runs: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from ledger_verification_run");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count verification runs: " + e.getMessage(), e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
