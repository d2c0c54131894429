package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;

/**
 * The domain tables must say what the ledger says: for every mirrored subject, the current row
 * equals the payload of the newest entry about it, every row has an entry, and every subject in
 * the ledger still has its row. Runs on already verified entries (below {@code size}).
 */
final class DomainAgreement {

    private final Connection c;
    private final long size;

    DomainAgreement(Connection c, long size) {
        this.c = c;
        this.size = size;
    }

    /** The mismatch with the lowest entry sequence (rows without any entry come last), or null. */
    Failure check(Iterable<LedgerMirror> mirrors) throws SQLException {
        Failure first = null;
        int mismatches = 0;
        for (LedgerMirror m : mirrors) {
            Map<String, Latest> ledger = latest(m.subjectPrefix());
            Map<String, String> rows = new TreeMap<>(m.currentStates(c));
            for (Map.Entry<String, String> row : rows.entrySet()) {
                Latest l = ledger.remove(row.getKey());
                Failure f = null;
                if (l == null) {
                    f = new Failure(
                            size,
                            Check.DOMAIN_STATE,
                            "no record (the ledger never recorded " + row.getKey() + ")",
                            row.getValue(),
                            row.getKey() + " exists in the database but not in the ledger");
                } else if (!l.payload.equals(row.getValue())) {
                    f = new Failure(
                            l.seq,
                            Check.DOMAIN_STATE,
                            l.payload,
                            row.getValue(),
                            row.getKey() + ": current row differs from its latest ledger state");
                }
                if (f != null) {
                    mismatches++;
                    first = earlier(first, f);
                }
            }
            for (Map.Entry<String, Latest> gone : ledger.entrySet()) {
                mismatches++;
                first = earlier(
                        first,
                        new Failure(
                                gone.getValue().seq,
                                Check.DOMAIN_STATE,
                                gone.getValue().payload,
                                "no row",
                                gone.getKey() + " is in the ledger but its row is gone"));
            }
        }
        if (first == null) {
            return null;
        }
        return mismatches == 1
                ? first
                : new Failure(
                        first.sequence(),
                        first.check(),
                        first.expected(),
                        first.computed(),
                        first.detail() + " (" + mismatches + " records disagree)");
    }

    private static Failure earlier(Failure a, Failure b) {
        return a == null || b.sequence() < a.sequence() ? b : a;
    }

    private record Latest(long seq, String payload) {}

    private Map<String, Latest> latest(String prefix) throws SQLException {
        Map<String, Latest> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select e.seq, e.subject, e.payload from ledger_entry e join"
                + " (select subject, max(seq) as m from ledger_entry where subject like ? and seq < ? group by subject) x"
                + " on e.seq = x.m")) {
            ps.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
            ps.setLong(2, size);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(2), new Latest(rs.getLong(1), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
