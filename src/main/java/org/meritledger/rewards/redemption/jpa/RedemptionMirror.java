package org.meritledger.rewards.redemption.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.personnel.jpa.PersonnelMirrors;
import org.meritledger.rewards.redemption.RedemptionRules;
import org.meritledger.rewards.redemption.RedemptionStates;
import org.meritledger.rewards.redemption.RequestState;

/**
 * redemption-request:ID, for verification: the request row with its latest step must equal the
 * latest state the ledger holds. The history must agree too: steps 1..n without a gap, each step
 * row (with the request row) equal to the entry it names, which is about this request and of the
 * step's type, and the item must exist. If anything disagrees, the request's state is replaced
 * by a description of the problem, so verification reports it and names the request's latest
 * entry, like an edited row. One streaming pass, ordered by request and step.
 */
@ApplicationScoped
public class RedemptionMirror implements LedgerMirror {

    @Override
    public String subjectPrefix() {
        return RedemptionStates.SUBJECT_PREFIX;
    }

    @Override
    public Map<String, String> currentStates(Connection c) throws SQLException {
        Set<Long> catalog = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("select id from catalog_item");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                catalog.add(rs.getLong(1));
            }
        }
        Map<String, String> out = new HashMap<>();
        Map<String, String> problems = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select r.id, r.soldier_id, r.item_id, r.item_revision,"
                + " r.token_cost, r.stock_taken, r.requested_by, r.requested_at, s.step, s.state, s.reason,"
                + " s.movement_id, s.changed_by, s.changed_at, s.ledger_seq, e.subject, e.entry_type, e.payload"
                + " from redemption_request r left join redemption_step s on s.request_id = r.id"
                + " left join ledger_entry e on e.seq = s.ledger_seq order by r.id, s.step")) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                long current = -1;
                int expected = 0;
                Long hold = null;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String subject = RedemptionStates.SUBJECT_PREFIX + id;
                    if (id != current) {
                        current = id;
                        expected = 1;
                        hold = null;
                        if (!catalog.contains(rs.getLong(3))) {
                            problems.putIfAbsent(
                                    subject,
                                    subject + " names catalog item " + rs.getLong(3) + ", which does not exist");
                        }
                    } else {
                        expected++;
                    }
                    int step = rs.getInt(9);
                    if (rs.wasNull()) {
                        problems.putIfAbsent(subject, subject + " has no steps");
                        out.put(subject, subject + " has no steps");
                        continue;
                    }
                    Long movement = PersonnelMirrors.nullableLong(rs, 12);
                    if (step == 1) {
                        hold = movement;
                    }
                    String state = RedemptionStates.state(
                            id,
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getBoolean(6),
                            rs.getLong(7),
                            time(rs, 8),
                            hold,
                            step,
                            rs.getString(10),
                            rs.getString(11),
                            movement,
                            PersonnelMirrors.nullableLong(rs, 13),
                            time(rs, 14));
                    String problem = stepProblem(
                            subject,
                            step,
                            expected,
                            RedemptionRules.entryType(step, RequestState.valueOf(rs.getString(10))),
                            rs.getLong(15),
                            state,
                            rs.getString(16),
                            rs.getString(17),
                            rs.getString(18));
                    if (problem != null) {
                        problems.putIfAbsent(subject, problem);
                    }
                    out.put(subject, state); // the last step's state stays
                }
            }
        }
        out.putAll(problems);
        return out;
    }

    /** What is wrong with one step row, or null. */
    static String stepProblem(
            String subject,
            int step,
            int expectedStep,
            String entryType,
            long seq,
            String state,
            String entrySubject,
            String entryTypeFound,
            String entryPayload) {
        String which = subject + " step " + step;
        if (step != expectedStep) {
            return subject + ": step " + expectedStep + " is missing from its history";
        }
        if (!subject.equals(entrySubject)) {
            return which + " names ledger entry " + seq + ", which is about " + entrySubject;
        }
        if (!entryType.equals(entryTypeFound)) {
            return which + " names ledger entry " + seq + " of type " + entryTypeFound + ", not " + entryType;
        }
        if (!state.equals(entryPayload)) {
            return which + " differs from ledger entry " + seq;
        }
        return null;
    }

    private static String time(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant().toString();
    }
}
