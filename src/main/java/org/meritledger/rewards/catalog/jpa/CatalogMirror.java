package org.meritledger.rewards.catalog.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.rewards.catalog.CatalogLedger;
import org.meritledger.rewards.catalog.CatalogStates;
import org.meritledger.rewards.catalog.CatalogTerms;
import org.meritledger.rewards.catalog.ChangeKind;
import org.meritledger.rewards.catalog.LimitPeriod;

/**
 * catalog-item:ID, for verification: the item row must equal the latest state its ledger entries
 * hold. Its history must agree too: revisions 1..current without a gap, each version row equal to
 * the entry it names (about this item, of the change's type), the newest equal to the row. If
 * the history disagrees, the item's state is replaced by a description of what is wrong, which
 * then differs from the ledger's and is reported (and named) like an edited row.
 */
@ApplicationScoped
public class CatalogMirror implements LedgerMirror {

    private static final String TERMS = "name_en, name_zh, description_en, description_zh, token_cost, stock,"
            + " limit_count, limit_period, visible_unit_id, active, needs_approval";

    @Override
    public String subjectPrefix() {
        return CatalogLedger.SUBJECT_PREFIX;
    }

    @Override
    public Map<String, String> currentStates(Connection c) throws SQLException {
        Map<Long, String> rows = new HashMap<>();
        Map<Long, Integer> revisions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, revision, " + TERMS + " from catalog_item");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                revisions.put(id, rs.getInt(2));
                rows.put(id, CatalogStates.item(id, rs.getInt(2), terms(rs, 3)));
            }
        }
        Map<Long, String> problems = new HashMap<>();
        Map<Long, Integer> seen = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select v.item_id, v.revision, v.change_kind, v.ledger_seq,"
                + " e.subject, e.entry_type, e.payload, " + prefixed("v.")
                + " from catalog_item_version v left join ledger_entry e on e.seq = v.ledger_seq"
                + " order by v.item_id, v.revision")) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int revision = rs.getInt(2);
                    String subject = CatalogLedger.SUBJECT_PREFIX + id;
                    String state = CatalogStates.item(id, revision, terms(rs, 8));
                    int expected = seen.getOrDefault(id, 0) + 1;
                    seen.put(id, revision);
                    String problem = versionProblem(
                            subject,
                            revision,
                            expected,
                            ChangeKind.valueOf(rs.getString(3)).entryType(),
                            rs.getLong(4),
                            state,
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7));
                    if (problem == null && Integer.valueOf(revision).equals(revisions.get(id))) {
                        if (!state.equals(rows.get(id))) {
                            problem = subject + " revision " + revision
                                    + ": the newest version row differs from the item row";
                        }
                    }
                    if (problem != null) {
                        problems.putIfAbsent(id, problem);
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<Long, String> row : rows.entrySet()) {
            long id = row.getKey();
            String problem = problems.get(id);
            if (problem == null && !revisions.get(id).equals(seen.get(id))) {
                problem = CatalogLedger.SUBJECT_PREFIX + id + " is at revision " + revisions.get(id)
                        + " but its history ends at " + seen.getOrDefault(id, 0);
            }
            out.put(CatalogLedger.SUBJECT_PREFIX + id, problem == null ? row.getValue() : problem);
        }
        return out;
    }

    /** What is wrong with one version row, or null. */
    static String versionProblem(
            String subject,
            int revision,
            int expectedRevision,
            String entryType,
            long seq,
            String state,
            String entrySubject,
            String entryTypeFound,
            String entryPayload) {
        String which = subject + " revision " + revision;
        if (revision != expectedRevision) {
            return subject + ": revision " + expectedRevision + " is missing from its history";
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

    private static String prefixed(String alias) {
        return alias + TERMS.replace(", ", ", " + alias);
    }

    private static CatalogTerms terms(ResultSet rs, int from) throws SQLException {
        return new CatalogTerms(
                rs.getString(from),
                rs.getString(from + 1),
                rs.getString(from + 2),
                rs.getString(from + 3),
                rs.getInt(from + 4),
                nullableInt(rs, from + 5),
                nullableInt(rs, from + 6),
                rs.getString(from + 7) == null ? null : LimitPeriod.valueOf(rs.getString(from + 7)),
                nullableLong(rs, from + 8),
                rs.getBoolean(from + 9),
                rs.getBoolean(from + 10));
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
