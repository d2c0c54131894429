package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.personnel.jpa.PersonnelMirrors;
import org.meritledger.rewards.appeal.AppealStates;
import org.meritledger.rewards.budget.BudgetStates;
import org.meritledger.rewards.category.CategoryStates;
import org.meritledger.rewards.movement.MovementStates;

/**
 * The rewards tables as the ledger verifier sees them: plain SQL, the same state builders as
 * the services, so a row edited, inserted or deleted behind the ledger's back is found.
 */
public final class RewardMirrors {

    private RewardMirrors() {}

    static String time(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant().toString();
    }

    /** reward-movement:ID (streamed: the largest rewards table) */
    @ApplicationScoped
    public static class Movements implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-movement:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            eachState(c, out::put);
            return out;
        }

        @Override
        public void eachState(Connection c, StateSink sink) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("select id, soldier_id, kind, amount, category_id, reason,"
                    + " reverses_id, reference, recorded_by, recorded_at from reward_movement")) {
                ps.setFetchSize(2000); // verification reads inside a transaction, so PostgreSQL streams
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        long soldier = rs.getLong(2);
                        String kind = rs.getString(3);
                        long amount = rs.getLong(4);
                        Long category = PersonnelMirrors.nullableLong(rs, 5);
                        String reason = rs.getString(6);
                        Long reverses = PersonnelMirrors.nullableLong(rs, 7);
                        String reference = rs.getString(8);
                        Long recordedBy = PersonnelMirrors.nullableLong(rs, 9);
                        OffsetDateTime at = rs.getObject(10, OffsetDateTime.class);
                        // the canonical JSON is built where the verifier digests it, on every core
                        sink.acceptLater(
                                "reward-movement:" + id,
                                () -> MovementStates.movement(
                                        id,
                                        soldier,
                                        kind,
                                        amount,
                                        category,
                                        reason,
                                        reverses,
                                        reference,
                                        recordedBy,
                                        at == null ? null : at.toInstant().toString()));
                    }
                }
            }
        }
    }

    /** reward-category:ID */
    @ApplicationScoped
    public static class Categories implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-category:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "select id, code, name_en, name_zh, purpose, active, version from reward_category");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "reward-category:" + rs.getLong(1),
                            CategoryStates.category(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getBoolean(6),
                                    rs.getLong(7)));
                }
            }
            return out;
        }
    }

    /** reward-budget-level:DEPTH */
    @ApplicationScoped
    public static class Levels implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-budget-level:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("select depth, allowance, version from reward_budget_level");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "reward-budget-level:" + rs.getInt(1),
                            BudgetStates.level(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return out;
        }
    }

    /** reward-budget-override:ACCOUNT */
    @ApplicationScoped
    public static class Overrides implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-budget-override:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("select account_id, allowance, version from reward_budget_override");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "reward-budget-override:" + rs.getLong(1),
                            BudgetStates.override(rs.getLong(1), PersonnelMirrors.nullableLong(rs, 2), rs.getLong(3)));
                }
            }
            return out;
        }
    }

    /** reward-budget-topup:ID */
    @ApplicationScoped
    public static class TopUps implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-budget-topup:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps =
                            c.prepareStatement("select id, account_id, period, amount, reason, recorded_by, recorded_at"
                                    + " from reward_budget_topup");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "reward-budget-topup:" + rs.getLong(1),
                            BudgetStates.topUp(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getLong(4),
                                    rs.getString(5),
                                    rs.getLong(6),
                                    time(rs, 7)));
                }
            }
            return out;
        }
    }

    /** reward-appeal:ID */
    @ApplicationScoped
    public static class Appeals implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "reward-appeal:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, movement_id, soldier_id, text, filed_at, state,"
                            + " decided_by, decided_at, decision_reason, reversal_id, version from reward_appeal");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "reward-appeal:" + rs.getLong(1),
                            AppealStates.appeal(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    time(rs, 5),
                                    rs.getString(6),
                                    PersonnelMirrors.nullableLong(rs, 7),
                                    time(rs, 8),
                                    rs.getString(9),
                                    PersonnelMirrors.nullableLong(rs, 10),
                                    rs.getLong(11)));
                }
            }
            return out;
        }
    }
}
