package org.meritledger.ledger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainVerifier;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.chain.ParallelDigests;
import org.meritledger.ledger.core.chain.VerificationResult;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.MalformedNoteException;

/**
 * Verifies the stored ledger and sets or clears the integrity hold accordingly.
 *
 * <p>A run walks the entries with the core's {@link ChainVerifier} (payload and entry hashes,
 * links, genesis and rotations, Merkle root and signature of every stored checkpoint), then
 * verifies entries appended meanwhile, checks
 * that the head row agrees with the chain's end, and compares every mirrored domain record with
 * the latest state the ledger holds for it ({@link DomainAgreement}). A full run starts at entry
 * 0; an incremental one continues from where the last valid run ended (kept in memory, so the
 * first run after a start is full) after checking that its last entry is unchanged.
 *
 * <p>On PostgreSQL the whole run reads one repeatable-read snapshot, which is consistent because
 * every write commits its domain rows, entries and head together: no lock is taken and writes go
 * on for the run's whole duration. On H2 (embedded, one node; its repeatable read is not a full
 * snapshot) the tail, head and domain comparison are read holding the head lock.
 */
@ApplicationScoped
public class LedgerVerification {

    private static final Logger LOG = Logger.getLogger(LedgerVerification.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    LedgerState state;

    @Inject
    IntegrityGuard guard;

    @Inject
    Instance<LedgerMirror> mirrors;

    @Inject
    Instance<DerivedStateCheck> derived;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    /** Threads for hashing entries during a run (plain computation, so no container context is needed). */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    VerificationProgress progress;

    @Inject
    VerificationRuns runs;

    @Inject
    TrustedTree trusted;

    @Inject
    LedgerAnchor anchor;

    private ChainVerifier.State lastValid;
    private volatile VerificationReport lastReport;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized VerificationReport verifyFull() {
        return verifyFull("schedule");
    }

    /** A full run, recorded in the history as started by {@code trigger} (a user name, {@code startup}...). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized VerificationReport verifyFull(String trigger) {
        return run(null, trigger);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public synchronized VerificationReport verifyIncremental() {
        return run(lastValid, "schedule");
    }

    public Optional<VerificationReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    private VerificationReport run(ChainVerifier.State from, String trigger) {
        return run(from, trigger, true, true);
    }

    /**
     * A full run that does not hold the ledger to this node's anchor file: only for accepting a
     * restore from backup ({@link LedgerAdminService#acceptRestore}), which resets the anchor
     * only if everything else verifies.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    synchronized VerificationReport verifyIgnoringAnchor(String trigger) {
        return run(null, trigger, true, false);
    }

    /**
     * A full run that does not require entry tags, only for the first start after the upgrade
     * that introduced them ({@link EntryTagUpgrade}): the entries it passes are then tagged.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    synchronized VerificationReport verifyBeforeTagging() {
        return run(null, "upgrade", false, true);
    }

    private VerificationReport run(ChainVerifier.State from, String trigger, boolean requireTags, boolean useAnchor) {
        long t0 = System.nanoTime();
        java.time.Instant startedAt = clock.instant();
        long fromSize = from == null ? 0 : from.size();
        progress.start(from == null, trigger, headSizeOrZero() - fromSize);
        try {
            return runAndRecord(from, trigger, requireTags, useAnchor, t0, startedAt, fromSize);
        } finally {
            // only once the run is recorded: a page that sees it finish then finds it in the history
            progress.finish();
        }
    }

    private VerificationReport runAndRecord(
            ChainVerifier.State from,
            String trigger,
            boolean requireTags,
            boolean useAnchor,
            long t0,
            java.time.Instant startedAt,
            long fromSize) {
        Outcome out;
        try (Connection c = dataSource.getConnection()) {
            int isolation = c.getTransactionIsolation();
            boolean snapshot = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
            c.setAutoCommit(false);
            if (snapshot) {
                // one consistent snapshot of entries, head and domain rows: every write commits
                // them together, so nothing needs locking and writers go on meanwhile
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                out = walk(
                        c,
                        from,
                        snapshot,
                        requireTags,
                        useAnchor ? anchor.note().orElse(null) : null);
            } finally {
                c.rollback(); // read-only; ends the transaction (and the head lock, if taken)
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true); // the pooled connection goes back as it came
            }
        } catch (SQLException | RuntimeException e) {
            // Not being able to read the ledger is not proof of tampering: keep the hold as it is.
            LOG.warning(() -> "Ledger verification could not run: " + e);
            throw new IllegalStateException("ledger verification could not run: " + e.getMessage(), e);
        }
        VerificationReport report = new VerificationReport(
                from == null, fromSize, out.size, out.failure, clock.instant(), (System.nanoTime() - t0) / 1_000_000);
        if (out.failure == null) {
            lastValid = out.state;
            trusted.offer(treeAt(out.state));
            guard.release(from == null); // only a run over the whole ledger clears the hold for every node
        } else {
            lastValid = null; // the next incremental run starts over at entry 0
            trusted.forget();
            guard.engage(out.failure, report.finishedAt());
        }
        lastReport = report;
        LOG.info(report::toString);
        if (report.full() || !report.ok()) {
            record(report, startedAt, trigger);
        }
        return report;
    }

    private void record(VerificationReport r, java.time.Instant startedAt, String trigger) {
        try {
            runs.record(new VerificationRuns.Run(
                    startedAt,
                    r.finishedAt(),
                    r.full(),
                    trigger,
                    r.entries() - r.from(),
                    r.ok(),
                    r.failure() == null ? null : r.failure().sequence(),
                    r.failure() == null ? null : r.failure().toString(),
                    r.millis()));
        } catch (RuntimeException e) {
            // the history is for people; the verdict and the hold above are what protect the ledger
            LOG.warning(() -> "Could not record the verification run: " + e.getMessage());
        }
    }

    /** Entries in the ledger now, for the progress bar's total (0 if it cannot be read). */
    private long headSizeOrZero() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select next_seq from ledger_head where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Ends the read without the lock on H2; on PostgreSQL the run stays in its one snapshot. */
    private static void endReadUnlessSnapshot(Connection c, boolean snapshot) throws SQLException {
        if (!snapshot) {
            c.commit();
        }
    }

    private record Outcome(long size, Failure failure, ChainVerifier.State state) {}

    private Outcome walk(
            Connection c, ChainVerifier.State from, boolean snapshot, boolean requireTags, String anchorNote)
            throws SQLException {
        // threads for the per-entry hashes and tags, for this run only
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService digesters = Executors.newFixedThreadPool(cores, threads);
        try {
            return walk(c, from, snapshot, requireTags, anchorNote, digesters, cores);
        } finally {
            digesters.shutdownNow();
        }
    }

    private Outcome walk(
            Connection c,
            ChainVerifier.State from,
            boolean snapshot,
            boolean requireTags,
            String anchorNote,
            ExecutorService digesters,
            int cores)
            throws SQLException {
        ChainVerifier v = new ChainVerifier(state.suite()).expectOrigin(state.origin());
        long fromSize = from == null ? 0 : from.size();
        Failure f = addCheckpoints(c, v, fromSize);
        long anchorSize = -1;
        if (f == null && anchorNote != null) {
            // the newest checkpoint this node signed, from outside the database: the ledger must contain it
            try {
                anchorSize = LedgerAnchor.sizeOf(anchorNote);
                if (anchorSize >= fromSize) {
                    v.signedCheckpoint(anchorNote);
                }
            } catch (MalformedNoteException | RuntimeException e) {
                f = new Failure(
                        -1,
                        Check.CHECKPOINT_FORMAT,
                        "a signed checkpoint note",
                        e.getMessage(),
                        "this node's ledger anchor file cannot be read as a checkpoint");
            }
        }
        if (f == null && from != null) {
            f = anchor(c, from);
        }
        if (f != null) {
            return new Outcome(fromSize, f, null);
        }
        // 1. everything visible now, without blocking writers
        Phases phases = new Phases();
        VerificationResult r;
        // a full run notes each mirrored record's newest entry on the way past (see LatestStates)
        LatestStates gathered = from == null ? new LatestStates(mirrors) : null;
        try (EntryCursor entries = new EntryCursor(c, fromSize, Long.MAX_VALUE);
                Prefetch<org.meritledger.ledger.core.chain.Entry> ahead = new Prefetch<>(entries, executor)) {
            // rows are decoded on another thread, their hashes taken on every core, while this one
            // follows the chain in order
            r = v.verifyDigested(
                    from,
                    new ParallelDigests(
                            progress.counting(gathered == null ? ahead : gathered.watching(ahead)),
                            state.suite(),
                            true,
                            digesters,
                            2 * cores));
        }
        if (!r.isValid()) {
            endReadUnlessSnapshot(c, snapshot);
            return new Outcome(r.entriesVerified(), anchored(c, r.firstFailure().orElseThrow(), anchorSize), null);
        }
        ChainVerifier.State done = v.lastValidState();
        phases.end("chain");
        // tags and stored Merkle nodes, after the chain checked out so each entry hash is the chain's own
        StoredDataCheck stored = new StoredDataCheck(c, state.suite(), requireTags ? state.tags() : null, true);
        f = stored.check(treeAt(from), fromSize, done.size(), digesters, 2 * cores);
        phases.end("tags and nodes");
        endReadUnlessSnapshot(c, snapshot); // H2: read committed, so the tail below is read under the head lock
        if (f != null) {
            return new Outcome(f.sequence(), f, null);
        }
        // 2. under the head lock: entries appended meanwhile, the head itself, the domain tables
        long headSize;
        String headHash;
        try (PreparedStatement ps = c.prepareStatement(
                        "select next_seq, last_hash from ledger_head where id = 1" + (snapshot ? "" : " for update"));
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new Outcome(
                        done.size(), new Failure(-1, Check.HEAD, "a head row", "none", "ledger_head is empty"), null);
            }
            headSize = rs.getLong(1);
            headHash = rs.getString(2).trim();
        }
        if (headSize > done.size()) {
            ChainVerifier.State before = done;
            try (EntryCursor tail = new EntryCursor(c, done.size(), headSize)) {
                r = v.verify(done, progress.counting(gathered == null ? tail : gathered.watching(tail)));
            }
            if (!r.isValid()) {
                return new Outcome(r.entriesVerified(), r.firstFailure().orElseThrow(), null);
            }
            done = v.lastValidState();
            f = stored.check(treeAt(before), before.size(), done.size());
            if (f != null) {
                return new Outcome(f.sequence(), f, null);
            }
        }
        if (headSize != done.size()) {
            long seq = Math.min(headSize, done.size());
            return new Outcome(
                    done.size(),
                    new Failure(
                            seq,
                            Check.HEAD,
                            headSize + " entries (head row)",
                            done.size() + " entries in the chain",
                            headSize < done.size()
                                    ? "entries beyond the head were inserted behind the ledger's back"
                                    : "entries the head counts are missing: tail truncated"),
                    null);
        }
        if (!MessageDigest.isEqual(Bytes.fromHex(headHash), done.lastHash())) {
            return new Outcome(
                    done.size(),
                    new Failure(
                            done.size() - 1,
                            Check.HEAD,
                            headHash,
                            Bytes.hex(done.lastHash()),
                            "head row's last hash vs the chain's last entry hash"),
                    null);
        }
        phases.end("tail and head");
        f = new DomainAgreement(c, done.size(), new EntryCodec(state.suite()), requireTags ? state.tags() : null)
                .onPool(digesters, 2 * cores, state.suite())
                .check(mirrors, gathered);
        phases.end("domain rows");
        for (DerivedStateCheck d : derived) {
            if (f != null) {
                break;
            }
            if (from != null && d.fullRunsOnly()) {
                continue;
            }
            f = d.check(c, done.size()); // caches are checked against rows already known to agree
            phases.end(d.getClass().getSimpleName().replaceAll("[$_].*", ""));
        }
        // full runs are rare (start-up, the daily schedule, an administrator): say where their time went
        LOG.log(from == null ? java.util.logging.Level.INFO : java.util.logging.Level.FINE, phases::toString);
        return new Outcome(done.size(), f, f == null ? done : null);
    }

    private static Failure firstMissing(Connection c, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from ledger_entry where seq < ?")) {
            ps.setLong(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) >= size) {
                    return null;
                }
            }
        }
        long missing = 0;
        try (PreparedStatement ps = c.prepareStatement("select min(e.seq) + 1 from ledger_entry e where e.seq < ?"
                + " and not exists (select 1 from ledger_entry n where n.seq = e.seq + 1)")) {
            ps.setLong(1, size - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long m = rs.getLong(1);
                    missing = rs.wasNull() ? 0 : m;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from ledger_entry where seq = 0");
                ResultSet rs = ps.executeQuery()) {
            if (rs.next() && rs.getLong(1) == 0) {
                missing = 0;
            }
        }
        return new Failure(
                missing,
                Check.SEQUENCE,
                "entry " + missing + " (verified before)",
                "no entry " + missing + " in the ledger",
                "entry " + missing + " was deleted from the ledger since the last valid verification");
    }

    /**
     * A checkpoint failure at the anchor's size that no stored checkpoint explains is a rollback
     * (or a restore not yet accepted): say so, naming the first entry the ledger lacks or the
     * anchored size, and which side is the ledger's.
     */
    private static Failure anchored(Connection c, Failure f, long anchorSize) throws SQLException {
        if (anchorSize < 0) {
            return f;
        }
        boolean size = f.check() == Check.CHECKPOINT_SIZE && f.expected().equals("at least " + anchorSize + " entries");
        boolean root = f.check() == Check.CHECKPOINT_ROOT && f.sequence() == anchorSize - 1;
        if (!size && !root) {
            return f;
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from ledger_checkpoint where tree_size >= ?")) {
            ps.setLong(1, anchorSize);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0 && root) {
                    return f; // a stored checkpoint of that size fails too: reported as such
                }
            }
        }
        return new Failure(
                f.sequence(),
                Check.ANCHOR,
                f.expected() + " (this node's anchor file)",
                f.computed() + " (the ledger in the database)",
                size
                        ? "the ledger ends at entry " + (f.sequence() - 1) + " but this node signed a checkpoint of "
                                + anchorSize + " entries: entries from " + f.sequence()
                                + " on were removed (rollback), or a backup was restored and not yet accepted"
                        : "the ledger's root at size " + anchorSize + " is not the one this node signed: history was"
                                + " replaced, or a backup was restored and not yet accepted");
    }

    /** The verified tree at {@code s} (a new, empty one for a run from entry 0). */
    private MerkleAppender treeAt(ChainVerifier.State s) {
        RfcLogHasher hasher = new RfcLogHasher(state.suite().newDigester());
        return s == null ? new MerkleAppender(hasher) : s.tree(hasher);
    }

    private static Failure addCheckpoints(Connection c, ChainVerifier v, long fromSize) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select tree_size, note from ledger_checkpoint where tree_size >= ? order by tree_size, id")) {
            ps.setLong(1, fromSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long size = rs.getLong(1);
                    try {
                        v.signedCheckpoint(rs.getString(2));
                    } catch (MalformedNoteException | RuntimeException e) {
                        return new Failure(
                                size - 1,
                                Check.CHECKPOINT_FORMAT,
                                "a signed checkpoint note",
                                e.getMessage(),
                                "stored checkpoint of size " + size + " cannot be parsed");
                    }
                }
            }
        }
        return null;
    }

    /**
     * The last entry a previous run verified must still be there with the same hash, and no
     * entry before it may be missing (a count over the primary key: cheap, and it names a
     * deleted middle entry at once instead of waiting for the next full pass).
     */
    private static Failure anchor(Connection c, ChainVerifier.State from) throws SQLException {
        Failure gap = firstMissing(c, from.size());
        if (gap != null) {
            return gap;
        }
        long seq = from.size() - 1;
        try (PreparedStatement ps = c.prepareStatement("select entry_hash from ledger_entry where seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                String stored = rs.next() ? rs.getString(1).trim() : "(missing)";
                String verified = Bytes.hex(from.lastHash());
                return verified.equals(stored)
                        ? null
                        : new Failure(
                                seq,
                                Check.ENTRY_HASH,
                                stored,
                                verified,
                                "entry changed or removed since the last valid verification");
            }
        }
    }

    /** How long each part of a run took, for the log: where a slow verification spends its time. */
    private static final class Phases {
        private final StringBuilder out = new StringBuilder("verification phases (ms):");
        private long mark = System.nanoTime();

        void end(String name) {
            long now = System.nanoTime();
            out.append(' ')
                    .append(name)
                    .append(' ')
                    .append((now - mark) / 1_000_000)
                    .append(',');
            mark = now;
        }

        @Override
        public String toString() {
            return out.substring(0, out.length() - 1);
        }
    }
}
