package org.meritledger.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Direct SQL on the ledger tables, as an attacker or a careless administrator would do it. On
 * PostgreSQL the append-only triggers are switched off around each change (the test user owns
 * the tables), because the point is that verification finds tampering without them.
 */
final class Tamper {

    static final List<String> TABLES = List.of(
            "ledger_entry",
            "ledger_node",
            "ledger_checkpoint",
            "ledger_signing_key",
            "ledger_entry_tag",
            "reward_movement",
            "reward_budget_topup");

    private final DataSource ds;

    Tamper(DataSource ds) {
        this.ds = ds;
    }

    boolean postgres() throws SQLException {
        try (Connection c = ds.getConnection()) {
            return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        }
    }

    /** Runs statements with the append-only triggers disabled, then enabled again. */
    void sql(String... statements) throws SQLException {
        boolean pg = postgres();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (pg) {
                for (String t : TABLES) {
                    s.execute("alter table " + t + " disable trigger user");
                }
            }
            try {
                for (String st : statements) {
                    s.execute(st);
                }
            } finally {
                if (pg) {
                    for (String t : TABLES) {
                        s.execute("alter table " + t + " enable trigger user");
                    }
                }
            }
        }
    }

    /** The row as column → value, for putting it back later. */
    Map<String, Object> row(String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.put(md.getColumnLabel(i).toLowerCase(), rs.getObject(i));
                }
                return out;
            }
        }
    }

    /** Inserts rows (as read by {@link #row}) with the triggers disabled. */
    void insert(String table, List<Map<String, Object>> rows) throws SQLException {
        boolean pg = postgres();
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            if (pg) {
                s.execute("alter table " + table + " disable trigger user");
            }
            try {
                for (Map<String, Object> row : rows) {
                    List<String> cols = new ArrayList<>(row.keySet());
                    String sql = "insert into " + table + " (" + String.join(", ", cols) + ") values ("
                            + String.join(", ", cols.stream().map(x -> "?").toList()) + ")";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        for (int i = 0; i < cols.size(); i++) {
                            ps.setObject(i + 1, row.get(cols.get(i)));
                        }
                        ps.executeUpdate();
                    }
                }
            } finally {
                if (pg) {
                    s.execute("alter table " + table + " enable trigger user");
                }
            }
        }
    }

    /** {@link #text} for lambdas that cannot throw checked exceptions. */
    String unchecked(String sql, Object... args) {
        try {
            return text(sql, args).trim();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long scalar(String sql, Object... args) throws SQLException {
        return ((Number) row(sql, args).values().iterator().next()).longValue();
    }

    String text(String sql, Object... args) throws SQLException {
        return row(sql, args).values().iterator().next().toString();
    }
}
