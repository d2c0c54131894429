package org.meritledger.training.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.training.TrainingStates;

/**
 * The training tables as the ledger verifier sees them (plain SQL, same state builders as the
 * services). Draft results are work in progress and not recorded; signed ones must match.
 */
public final class TrainingMirrors {

    private TrainingMirrors() {}

    /** standard:ID */
    @ApplicationScoped
    public static class Standards implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "standard:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "select id, code, version, kind, definition, reason from training_standard");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            "standard:" + rs.getLong(1),
                            TrainingStates.standard(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getInt(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6)));
                }
            }
            return out;
        }
    }

    /**
     * result:ID (signed results only). A row also names the entry that recorded it
     * ({@code ledger_seq}, what its receipt shows); that entry must be about this result and hold
     * exactly the row's state. If not, the row's state is replaced by a description of the
     * mismatch, which then differs from the ledger's and is reported like any other edited row.
     */
    @ApplicationScoped
    public static class Results implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "result:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps =
                    c.prepareStatement("select r.id, r.session_id, r.soldier_id, st.code, st.version,"
                            + " r.attendance, r.raw_values, r.passed, r.tier, r.total_points, r.ledger_seq, e.subject, e.payload"
                            + " from training_result r"
                            + " join training_session s on s.id = r.session_id join training_standard st on st.id = s.standard_id"
                            + " left join ledger_entry e on e.seq = r.ledger_seq"
                            + " where r.signed = true")) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean passed = rs.getBoolean(8);
                        Boolean passedOrNull = rs.wasNull() ? null : passed;
                        int points = rs.getInt(10);
                        Integer pointsOrNull = rs.wasNull() ? null : points;
                        long seq = rs.getLong(11);
                        Long seqOrNull = rs.wasNull() ? null : seq;
                        String subject = "result:" + rs.getLong(1);
                        String state = TrainingStates.result(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getInt(5),
                                rs.getString(6),
                                rs.getString(7),
                                passedOrNull,
                                rs.getString(9),
                                pointsOrNull);
                        out.put(subject, receiptAgrees(subject, state, seqOrNull, rs.getString(12), rs.getString(13)));
                    }
                }
            }
            return out;
        }

        /** The row's state if the entry it names records it; otherwise what is wrong with the reference. */
        static String receiptAgrees(String subject, String state, Long seq, String entrySubject, String entryPayload) {
            if (seq == null) {
                return "ledger_seq missing: " + subject + " names no ledger entry";
            }
            if (!subject.equals(entrySubject)) {
                return "ledger_seq " + seq + " of " + subject + " names an entry about " + entrySubject;
            }
            if (!state.equals(entryPayload)) {
                return "ledger_seq " + seq + " of " + subject + " names an entry that records another state";
            }
            return state;
        }
    }

    /**
     * session:ID, signed-off sessions only (a draft is work in progress). Its date, place and
     * officers are shown with every result and requalification dates are computed from them.
     */
    @ApplicationScoped
    public static class Sessions implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "session:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, standard_id, unit_id, starts_at, place,"
                    + " conducting_officer, signed_off_by, signed_off_at, state from training_session"
                    + " where state = 'SIGNED_OFF' or signed_off_by is not null or signed_off_at is not null")) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        java.time.OffsetDateTime signedAt = rs.getObject(8, java.time.OffsetDateTime.class);
                        long signedBy = rs.getLong(7);
                        boolean noSigner = rs.wasNull();
                        String subject = "session:" + rs.getLong(1);
                        boolean signed = "SIGNED_OFF".equals(rs.getString(9));
                        out.put(
                                subject,
                                !signed
                                        ? subject + " has a sign-off but is in state " + rs.getString(9)
                                        : noSigner || signedAt == null
                                                ? subject + " is marked signed off without who and when"
                                                : TrainingStates.session(
                                                        rs.getLong(1),
                                                        rs.getLong(2),
                                                        rs.getLong(3),
                                                        rs.getObject(4, java.time.OffsetDateTime.class)
                                                                .toInstant(),
                                                        rs.getString(5),
                                                        rs.getString(6),
                                                        signedBy,
                                                        signedAt.toInstant()));
                    }
                }
            }
            return out;
        }
    }

    /** correction:ID, with its decision when there is one (both tables are append-only). */
    @ApplicationScoped
    public static class Corrections implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "correction:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select c.id, c.result_id, c.attendance, c.raw_values, c.passed,"
                            + " c.tier, c.total_points, c.needs_approval, c.reason, c.author_id, d.approved, d.reason, d.decided_by"
                            + " from training_correction c left join training_correction_decision d on d.correction_id = c.id")) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Boolean passed = bool(rs, 5);
                        int points = rs.getInt(7);
                        Integer pointsOrNull = rs.wasNull() ? null : points;
                        Boolean approved = bool(rs, 11);
                        long decider = rs.getLong(13);
                        Long deciderOrNull = rs.wasNull() ? null : decider;
                        out.put(
                                "correction:" + rs.getLong(1),
                                TrainingStates.correction(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        passed,
                                        rs.getString(6),
                                        pointsOrNull,
                                        rs.getBoolean(8),
                                        rs.getString(9),
                                        rs.getLong(10),
                                        approved,
                                        rs.getString(12),
                                        deciderOrNull));
                    }
                }
            }
            return out;
        }

        private static Boolean bool(ResultSet rs, int column) throws SQLException {
            boolean v = rs.getBoolean(column);
            return rs.wasNull() ? null : v;
        }
    }
}
