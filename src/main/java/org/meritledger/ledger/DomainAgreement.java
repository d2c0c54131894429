package org.meritledger.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTags;
import org.meritledger.ledger.core.chain.Failure;

/**
 * The domain tables must say what the ledger says: for every mirrored subject, the current row
 * equals the payload of the newest entry about it, every row has an entry, and every subject in
 * the ledger still has its row. Runs on already verified entries (below {@code size}).
 */
final class DomainAgreement {

    private final Connection c;
    private final long size;
    private final EntryCodec codec;
    private final EntryTags tags;

    /**
     * @param codec and {@code tags}: to tell, when a row and its entry disagree, whether the
     *     entry itself was changed (an incremental run has not re-hashed older entries); null
     *     skips that and blames the row
     */
    DomainAgreement(Connection c, long size, EntryCodec codec, EntryTags tags) {
        this.c = c;
        this.size = size;
        this.codec = codec;
        this.tags = tags;
    }

    DomainAgreement(Connection c, long size) {
        this(c, size, null, null);
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
                    // tied to no entry: named by its subject, not by whichever entry is newest
                    f = new Failure(
                            -1,
                            Check.DOMAIN_STATE,
                            "no entry (the ledger never recorded " + row.getKey() + ")",
                            "the row: " + row.getValue(),
                            "row " + row.getKey() + " exists in the database but not in the ledger");
                } else if (!l.payload.equals(row.getValue())) {
                    f = entryItself(l.seq);
                    if (f == null) {
                        f = new Failure(
                                l.seq,
                                Check.DOMAIN_STATE,
                                "the ledger's entry " + l.seq + ": " + l.payload,
                                "the row: " + row.getValue(),
                                "row " + row.getKey() + " differs from its latest ledger entry " + l.seq
                                        + ", which verifies: the row was changed");
                    }
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

    /** Rows tied to no entry (sequence −1) sort after every entry. */
    private static Failure earlier(Failure a, Failure b) {
        return a == null || order(b) < order(a) ? b : a;
    }

    private static long order(Failure f) {
        return f.sequence() < 0 ? Long.MAX_VALUE : f.sequence();
    }

    /** Whether entry {@code seq} itself fails its hashes or tag: then the ledger side is wrong, not the row. */
    private Failure entryItself(long seq) throws SQLException {
        if (codec == null) {
            return null;
        }
        try (EntryCursor one = new EntryCursor(c, seq, seq + 1)) {
            if (!one.hasNext()) {
                return null;
            }
            org.meritledger.ledger.core.chain.Entry e = one.next();
            String storedPayloadHash = Bytes.hex(e.payloadHash());
            String payloadHash = Bytes.hex(codec.payloadHash(e.payload()));
            if (!payloadHash.equals(storedPayloadHash)) {
                return new Failure(
                        seq,
                        Check.PAYLOAD_HASH,
                        storedPayloadHash,
                        payloadHash,
                        "the ledger's payload of entry " + seq + " was changed: it no longer matches its hash");
            }
            String storedEntryHash = Bytes.hex(e.entryHash());
            String entryHash = Bytes.hex(codec.entryHash(e));
            if (!entryHash.equals(storedEntryHash)) {
                return new Failure(
                        seq,
                        Check.ENTRY_HASH,
                        storedEntryHash,
                        entryHash,
                        "the ledger's entry " + seq + " was changed together with its payload hash");
            }
            Failure bad = tags == null ? null : StoredDataCheck.tagFailure(c, tags, seq, e.entryHash());
            if (bad != null) {
                return bad;
            }
        }
        return null;
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
