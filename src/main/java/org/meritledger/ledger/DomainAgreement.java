package org.meritledger.ledger;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
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
     * @param codec the ledger's suite: rows and entries are compared by the digest of their state,
     *     and when they disagree it tells whether the entry itself was changed (an incremental run
     *     has not re-hashed older entries)
     * @param tags to check the entry's tag in that case, or null to skip it
     */
    DomainAgreement(Connection c, long size, EntryCodec codec, EntryTags tags) {
        this.c = c;
        this.size = size;
        this.codec = codec;
        this.tags = tags;
    }

    /** The mismatch with the lowest entry sequence (rows without any entry come last), or null. */
    Failure check(Iterable<LedgerMirror> mirrors) throws SQLException {
        return check(mirrors, null);
    }

    /** @param gathered the newest entries noted during a full run's walk, or null to look them up */
    Failure check(Iterable<LedgerMirror> mirrors, LatestStates gathered) throws SQLException {
        Found found = new Found();
        for (LedgerMirror m : mirrors) {
            Map<String, Latest> known = gathered == null ? null : gathered.of(m.subjectPrefix());
            Map<String, Latest> ledger = known != null ? known : latest(m.subjectPrefix());
            // rows stream past one by one; only the ledger side (subject, sequence, 32-byte digest)
            // is held, so memory stays small next to the states themselves
            m.eachState(c, (subject, state) -> {
                Latest l = ledger.remove(subject);
                if (l == null) {
                    // tied to no entry: named by its subject, not by whichever entry is newest
                    found.add(
                            new Failure(
                                    -1,
                                    Check.DOMAIN_STATE,
                                    "no entry (the ledger never recorded " + subject + ")",
                                    "the row: " + state,
                                    "row " + subject + " exists in the database but not in the ledger"),
                            subject);
                } else if (!MessageDigest.isEqual(l.digest, codec.payloadHash(state))) {
                    Failure f = entryItself(l.seq);
                    if (f == null) {
                        f = new Failure(
                                l.seq,
                                Check.DOMAIN_STATE,
                                "the ledger's entry " + l.seq + ": " + payloadOf(l.seq),
                                "the row: " + state,
                                "row " + subject + " differs from its latest ledger entry " + l.seq
                                        + ", which verifies: the row was changed");
                    }
                    found.add(f, subject);
                }
            });
            for (Map.Entry<String, Latest> gone : ledger.entrySet()) {
                found.add(
                        new Failure(
                                gone.getValue().seq,
                                Check.DOMAIN_STATE,
                                payloadOf(gone.getValue().seq),
                                "no row",
                                gone.getKey() + " is in the ledger but its row is gone"),
                        gone.getKey());
            }
        }
        return found.result();
    }

    /** The first mismatch by entry sequence (ties, i.e. rows without entry, by subject) and how many there were. */
    private static final class Found {
        private Failure first;
        private String firstSubject;
        private int mismatches;

        void add(Failure f, String subject) {
            mismatches++;
            if (first == null
                    || order(f) < order(first)
                    || (order(f) == order(first) && subject.compareTo(firstSubject) < 0)) {
                first = f;
                firstSubject = subject;
            }
        }

        Failure result() {
            if (first == null || mismatches == 1) {
                return first;
            }
            return new Failure(
                    first.sequence(),
                    first.check(),
                    first.expected(),
                    first.computed(),
                    first.detail() + " (" + mismatches + " records disagree)");
        }
    }

    /** Rows tied to no entry (sequence −1) sort after every entry. */
    private static long order(Failure f) {
        return f.sequence() < 0 ? Long.MAX_VALUE : f.sequence();
    }

    /** Whether entry {@code seq} itself fails its hashes or tag: then the ledger side is wrong, not the row. */
    private Failure entryItself(long seq) throws SQLException {
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

    /**
     * The digest of the entry's payload, computed here from the payload text (not the stored
     * payload hash), so a payload edited behind the ledger is still told apart from its row.
     */
    record Latest(long seq, byte[] digest) {}

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
                    out.put(rs.getString(2), new Latest(rs.getLong(1), codec.payloadHash(rs.getString(3))));
                }
            }
        }
        return out;
    }

    /** One entry's payload, for a failure's message. */
    private String payloadOf(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select payload from ledger_entry where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "(entry " + seq + " is gone)";
            }
        }
    }
}
