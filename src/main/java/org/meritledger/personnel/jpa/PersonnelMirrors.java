package org.meritledger.personnel.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.personnel.PersonnelStates;

/**
 * The personnel tables as the ledger verifier sees them: plain SQL over the rows, turned into the
 * same state text the services record ({@link PersonnelStates}). Plain SQL rather than JPA so
 * what is compared is exactly what is in the table, not what a persistence context remembers.
 */
public final class PersonnelMirrors {

    private PersonnelMirrors() {}

    public static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** soldier:ID */
    @ApplicationScoped
    public static class Soldiers implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "soldier:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, service_number, family_name, given_name,"
                    + " rank_code, unit_id, status from soldier")) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(
                                "soldier:" + rs.getLong(1),
                                PersonnelStates.soldier(
                                        rs.getLong(1),
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getLong(6),
                                        rs.getString(7)));
                    }
                }
            }
            return out;
        }
    }

    /** unit:ID */
    @ApplicationScoped
    public static class Units implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "unit:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, code, name, parent_id, active from org_unit");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "unit:" + rs.getLong(1),
                            PersonnelStates.unit(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    nullableLong(rs, 4),
                                    rs.getBoolean(5)));
                }
            }
            return out;
        }
    }

    /** account:ID, with its roles and commanded units; never the password hash or login counters. */
    @ApplicationScoped
    public static class Accounts implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "account:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<Long, List<String>> roles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select account_id, role from account_role");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            Map<Long, List<Long>> commands = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select account_id, unit_id from command_assignment");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    commands.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("select id, username, display_name, soldier_id, active from account");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.put(
                            "account:" + id,
                            PersonnelStates.account(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    nullableLong(rs, 4),
                                    rs.getBoolean(5),
                                    roles.getOrDefault(id, List.of()),
                                    commands.getOrDefault(id, List.of())));
                }
            }
            return out;
        }
    }
}
