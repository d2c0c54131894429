package org.meritledger.training.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.Standard;

/**
 * The score sheet of one training session: a row per participant, filled in as a draft (in any
 * order, saved at any time), then signed off at once. Sign-off refuses while any row is neither
 * graded nor marked absent/excused, so a signed-off session is complete by construction.
 * Grading always uses the standard version the session was opened under.
 */
public final class SessionSheet {

    /** One participant's row: attendance, what was typed, and the grade it gets. */
    public record Row(long soldierId, Attendance attendance, Map<String, String> raw, Grade grade) {

        public boolean complete() {
            return attendance != Attendance.PRESENT || (grade != null && grade.valid());
        }
    }

    private final Standard standard;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private SessionState state = SessionState.DRAFT;

    public SessionSheet(Standard standard, List<Long> participants) {
        this.standard = standard;
        if (participants.isEmpty()) {
            throw new TrainingRuleException("training.session.noParticipants");
        }
        for (Long id : participants) {
            rows.put(id, new Row(id, Attendance.PRESENT, Map.of(), null));
        }
    }

    public Standard standard() {
        return standard;
    }

    public SessionState state() {
        return state;
    }

    /** Records (or replaces) a participant's draft row and returns it graded. */
    public Row enter(long soldierId, Attendance attendance, Map<String, String> raw) {
        requireDraft();
        if (!rows.containsKey(soldierId)) {
            throw new TrainingRuleException("training.session.notParticipant", soldierId);
        }
        Row row = attendance == Attendance.PRESENT
                ? new Row(soldierId, attendance, Map.copyOf(raw), standard.grade(raw))
                : new Row(soldierId, attendance, Map.of(), null);
        rows.put(soldierId, row);
        return row;
    }

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /** Participants whose rows still stop sign-off. */
    public List<Long> incomplete() {
        List<Long> out = new ArrayList<>();
        for (Row r : rows.values()) {
            if (!r.complete()) {
                out.add(r.soldierId());
            }
        }
        return out;
    }

    /** Freezes the sheet; the caller records every row on the ledger in the same transaction. */
    public List<Row> signOff() {
        requireDraft();
        List<Long> missing = incomplete();
        if (!missing.isEmpty()) {
            // the service names the soldiers before it gets here; this is the rule's own guard
            throw new TrainingRuleException(
                    "training.session.incomplete",
                    missing.size(),
                    missing.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        }
        state = SessionState.SIGNED_OFF;
        return rows();
    }

    private void requireDraft() {
        if (state != SessionState.DRAFT) {
            throw new TrainingRuleException("training.session.signedOff");
        }
    }
}
