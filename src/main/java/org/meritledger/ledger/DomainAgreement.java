package org.meritledger.ledger;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTags;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.suite.Suite;

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

    private Executor pool;
    private int inFlight;
    private Suite suite;

    /** Builds and digests the states of large tables on {@code pool} (with codecs of {@code suite}). */
    DomainAgreement onPool(Executor pool, int inFlight, Suite suite) {
        this.pool = pool;
        this.inFlight = Math.max(1, inFlight);
        this.suite = suite;
        return this;
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
            Later later = new Later(ledger, found);
            m.eachState(c, new LedgerMirror.StateSink() {
                @Override
                public void accept(String subject, String state) throws SQLException {
                    compare(ledger, found, subject, state, codec.payloadHash(state));
                }

                @Override
                public void acceptLater(String subject, Supplier<String> state) throws SQLException {
                    later.add(subject, state);
                }
            });
            later.finish();
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

    /** One row against the ledger's newest entry for its subject ({@code digest}: of the row's state). */
    private void compare(Map<String, Latest> ledger, Found found, String subject, String state, byte[] digest)
            throws SQLException {
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
        } else if (!MessageDigest.isEqual(l.digest, digest)) {
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
    }

    /**
     * Rows whose states are built later: in batches on the pool (each worker builds the states
     * and digests them), compared on this thread as the batches come back. The order of the
     * comparisons does not change the result (the failure kept is the lowest entry's).
     */
    private final class Later {
        private final Map<String, Latest> ledger;
        private final Found found;
        private final Deque<CompletableFuture<List<Row>>> queue = new ArrayDeque<>();
        private List<Row> batch = new ArrayList<>(BATCH);

        Later(Map<String, Latest> ledger, Found found) {
            this.ledger = ledger;
            this.found = found;
        }

        void add(String subject, Supplier<String> state) throws SQLException {
            batch.add(new Row(subject, state));
            if (batch.size() == BATCH) {
                submit();
            }
        }

        private void submit() throws SQLException {
            List<Row> rows = batch;
            batch = new ArrayList<>(BATCH);
            if (pool == null) {
                compareAll(digest(rows, codec));
                return;
            }
            queue.addLast(CompletableFuture.supplyAsync(() -> digest(rows, new EntryCodec(suite)), pool));
            while (queue.size() > inFlight) {
                compareAll(join(queue.removeFirst()));
            }
        }

        void finish() throws SQLException {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!queue.isEmpty()) {
                compareAll(join(queue.removeFirst()));
            }
        }

        private void compareAll(List<Row> rows) throws SQLException {
            for (Row r : rows) {
                compare(ledger, found, r.subject, r.state, r.digest);
            }
        }
    }

    private static final int BATCH = 256;

    /** A row's subject and state; once built, the state and its digest. */
    private static final class Row {
        final String subject;
        Supplier<String> later;
        String state;
        byte[] digest;

        Row(String subject, Supplier<String> later) {
            this.subject = subject;
            this.later = later;
        }
    }

    private static List<Row> digest(List<Row> rows, EntryCodec codec) {
        for (Row r : rows) {
            r.state = r.later.get();
            r.later = null;
            r.digest = codec.payloadHash(r.state);
        }
        return rows;
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
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
