package org.meritledger.ledger.bench;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.meritledger.ledger.Prefetch;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainVerifier;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.ParallelDigests;
import org.meritledger.ledger.core.chain.VerificationResult;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.ProofBuilder;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.jpa.ChainWriter;
import org.meritledger.ledger.jpa.CheckpointRow;
import org.meritledger.ledger.jpa.EntryRow;
import org.meritledger.ledger.jpa.FrontierCache;
import org.meritledger.ledger.jpa.HeadRow;
import org.meritledger.ledger.jpa.JpaNodeStore;
import org.meritledger.ledger.jpa.NodeRow;
import org.meritledger.ledger.jpa.SigningKeyRow;

/**
 * Ledger load on PostgreSQL through the portal's own append code ({@link ChainWriter}: the
 * head-row lock, batched JDBC inserts at commit on the Hibernate session's connection, the
 * node's in-memory Merkle frontier), in a throw-away schema: appends per second at 1, 8 and 32 writers (one
 * entry per transaction), 40 entries per transaction, then a fill to N entries, full
 * verification of all of them (database cursor + core verifier, as LedgerVerification reads
 * them) and inclusion proofs at that size from the stored nodes. Usage:
 *
 * <pre>
 * LedgerLoad jdbc-url user password [entries=1000000] [seconds-per-step=10]
 * </pre>
 *
 * With the environment variable {@code LEDGER_PHASES} set it only times the phases of one
 * writer's transactions (lock, appends, row writes, commit) and stops.
 */
public final class LedgerLoad {

    private static final String ORIGIN = "bench.local/ledger";
    private final String url;
    private final String user;
    private final String password;
    private final String schema = "ledger_bench_" + UUID.randomUUID().toString().substring(0, 8);
    private final Suite suite = Suites.defaultSuite();
    private final Clock clock = Clock.systemUTC();
    /** The one simulated portal node's in-memory Merkle frontier. */
    private final FrontierCache frontier = new FrontierCache();

    private LedgerLoad(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 3 ? Long.parseLong(args[3]) : 1_000_000;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        new LedgerLoad(args[0], args[1], args[2]).run(entries, seconds);
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    private void run(long entries, int seconds) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        try {
            Flyway.configure()
                    .dataSource(schemaUrl(), user, password)
                    .schemas(schema)
                    .defaultSchema(schema)
                    .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                    .load()
                    .migrate();
            NoteSigner signer = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
            try (SessionFactory sf = node(34)) {
                tx(sf, em -> ChainWriter.genesisIfEmpty(em, suite, clock, ORIGIN, signer.verifier()));
                if (System.getenv("LEDGER_PHASES") != null) {
                    phases(sf, seconds);
                    return;
                }
                boolean appends = System.getenv("LEDGER_SKIP_APPENDS") == null;
                for (int writers : appends ? new int[] {1, 8, 32} : new int[0]) {
                    long n = appendFor(sf, writers, 1, seconds);
                    print(
                            "appends, 1 entry/tx, %d writers: %,.0f entries/s (%,d in %d s)",
                            writers, n / (double) seconds, n, seconds);
                }
                if (appends) {
                    long n40 = appendFor(sf, 1, 40, seconds);
                    print("appends, 40 entries/tx, 1 writer: %,.0f entries/s", n40 / (double) seconds);
                    long n40x8 = appendFor(sf, 8, 40, seconds);
                    print("appends, 40 entries/tx, 8 writers: %,.0f entries/s", n40x8 / (double) seconds);
                }
                long size = fill(sf, entries);
                byte[] root = tx(
                        sf,
                        em -> new ProofBuilder(new RfcLogHasher(suite.newDigester()), new JpaNodeStore(em))
                                .rootHash(size));
                String checkpoint = new CheckpointSigner(signer).sign(size, root);
                verify(size, checkpoint);
                exportAndVerify(size, root, checkpoint, signer);
                if (appends) {
                    proofs(sf, size, root);
                }
            }
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }

    private SessionFactory node(int poolSize) {
        Properties p = new Properties();
        p.put("hibernate.connection.url", schemaUrl());
        p.put("hibernate.connection.username", user);
        p.put("hibernate.connection.password", password);
        p.put("hibernate.connection.pool_size", Integer.toString(poolSize));
        p.put("hibernate.hbm2ddl.auto", "none");
        p.put("hibernate.jdbc.time_zone", "UTC");
        // as persistence.xml: batched inserts of entries and nodes at commit
        p.put("hibernate.jdbc.batch_size", "50");
        p.put("hibernate.order_inserts", "true");
        return new Configuration()
                .addProperties(p)
                .addAnnotatedClass(HeadRow.class)
                .addAnnotatedClass(EntryRow.class)
                .addAnnotatedClass(NodeRow.class)
                .addAnnotatedClass(CheckpointRow.class)
                .addAnnotatedClass(SigningKeyRow.class)
                .buildSessionFactory();
    }

    private static <T> T tx(SessionFactory sf, Function<EntityManager, T> work) {
        try (EntityManager em = sf.createEntityManager()) {
            em.getTransaction().begin();
            T t = work.apply(em);
            em.getTransaction().commit();
            return t;
        }
    }

    /** Entries appended by {@code writers} threads in {@code seconds}, {@code perTx} entries per transaction. */
    private long appendFor(SessionFactory sf, int writers, int perTx, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Long>> counts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            counts.add(pool.submit(() -> {
                long n = 0;
                while (!stop.get()) {
                    long base = n;
                    tx(sf, em -> {
                        ChainWriter cw = ChainWriter.open(em, suite, frontier);
                        for (int i = 0; i < perTx; i++) {
                            cw.append(
                                    clock,
                                    "training.result.recorded",
                                    42L,
                                    "COMMANDER",
                                    "soldier:" + writer,
                                    Map.of("soldierId", (long) writer, "n", base + i, "score", 87L, "event", "range"));
                        }
                        return null;
                    });
                    n += perTx;
                }
                return n;
            }));
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
        pool.shutdown();
        return total;
    }

    /**
     * Where the time of one writer's transaction goes (env LEDGER_PHASES=1: only this step):
     * taking the lock (and the frontier), the appends in Java, writing the rows, the commit.
     */
    private void phases(SessionFactory sf, int seconds) throws Exception {
        appendFor(sf, 1, 40, 3); // JIT warm-up
        for (int per : new int[] {40, 1}) {
            long[] t = new long[4];
            int txs = 0;
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                try (EntityManager em = sf.createEntityManager()) {
                    long a = System.nanoTime();
                    em.getTransaction().begin();
                    ChainWriter cw = ChainWriter.open(em, suite, frontier);
                    long b = System.nanoTime();
                    for (int i = 0; i < per; i++) {
                        cw.append(
                                clock,
                                "training.result.recorded",
                                42L,
                                "COMMANDER",
                                "soldier:1",
                                Map.of("soldierId", 1L, "n", (long) i, "score", 87L, "event", "range"));
                    }
                    long c = System.nanoTime();
                    cw.flush();
                    long d = System.nanoTime();
                    em.getTransaction().commit();
                    long e = System.nanoTime();
                    t[0] += b - a;
                    t[1] += c - b;
                    t[2] += d - c;
                    t[3] += e - d;
                    txs++;
                }
            }
            print(
                    "phases, %d entries/tx, 1 writer, %,d tx: lock+frontier %.3f ms, appends %.3f ms,"
                            + " row writes %.3f ms, commit %.3f ms per tx",
                    per, txs, t[0] / 1e6 / txs, t[1] / 1e6 / txs, t[2] / 1e6 / txs, t[3] / 1e6 / txs);
        }
    }

    /** Appends in transactions of 1,000 until the ledger has {@code target} entries. */
    private long fill(SessionFactory sf, long target) {
        long t0 = System.nanoTime();
        long size = tx(sf, em -> em.find(HeadRow.class, HeadRow.ID).getNextSeq());
        long start = size;
        while (size < target) {
            long todo = Math.min(1000, target - size);
            size = tx(sf, em -> {
                ChainWriter cw = ChainWriter.open(em, suite, frontier);
                for (int i = 0; i < todo; i++) {
                    cw.append(
                            clock,
                            "training.result.recorded",
                            42L,
                            "COMMANDER",
                            "soldier:" + (i % 500),
                            Map.of("soldierId", (long) (i % 500), "score", 87L, "event", "range"));
                }
                return cw.nextSequence();
            });
        }
        double s = (System.nanoTime() - t0) / 1e9;
        print(
                "fill to %,d entries: %,d appended in %.1f s (%,.0f entries/s, 1,000 per transaction)",
                size, size - start, s, (size - start) / s);
        return size;
    }

    private void verify(long size, String checkpoint) throws Exception {
        try (Connection c = DriverManager.getConnection(schemaUrl(), user, password)) {
            c.setAutoCommit(false);
            for (int run = 1; run <= 2; run++) { // the second run is the one reported: JIT warmed up
                long t0 = System.nanoTime();
                VerificationResult r;
                try (PreparedStatement ps = c.prepareStatement(
                        "select seq, ts, entry_type, actor_account_id, actor_role,"
                                + " subject, payload, payload_hash, prev_hash, entry_hash from ledger_entry order by seq")) {
                    ps.setFetchSize(2000);
                    ExecutorService reader = Executors.newSingleThreadExecutor();
                    int cores = Runtime.getRuntime().availableProcessors();
                    ExecutorService digesters = Executors.newFixedThreadPool(cores);
                    try (ResultSet rs = ps.executeQuery();
                            Prefetch<Entry> entries = new Prefetch<>(cursor(rs), reader)) {
                        // as LedgerVerification walks the chain: rows decoded on one thread, hashes on every core
                        r = new ChainVerifier(suite)
                                .expectOrigin(ORIGIN)
                                .signedCheckpoint(checkpoint)
                                .verifyDigested(null, new ParallelDigests(entries, suite, true, digesters, 2 * cores));
                    } finally {
                        reader.shutdown();
                        digesters.shutdownNow();
                    }
                }
                double s = (System.nanoTime() - t0) / 1e9;
                if (!r.isValid() || r.entriesVerified() != size) {
                    throw new IllegalStateException("verification failed: " + r);
                }
                print("full verification run %d: %,d entries in %.1f s = %,.0f entries/s", run, size, s, size / s);
            }
            c.rollback();
        }
    }

    /**
     * The export next to the portal's own verification: stores the key row and the checkpoint as
     * the portal would, streams the export to target/bench-export.jsonl with the portal's
     * {@code LedgerExporter}, then verifies the file with the standalone verifier's code
     * ({@code ExportVerifier}) in this JVM, twice (the second run, JIT warm, is the figure). The
     * script then runs the verifier jar on the same file in a fresh JVM.
     */
    private void exportAndVerify(long size, byte[] root, String checkpoint, NoteSigner signer) throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("target", "bench-export.jsonl");
        try (Connection c = DriverManager.getConnection(schemaUrl(), user, password)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into ledger_signing_key (key_id, vkey, from_seq, created_at) values (?, ?, 0, now())")) {
                ps.setString(1, String.format("%08x", signer.keyId()));
                ps.setString(2, signer.verifier().vkey());
                ps.executeUpdate();
            }
            try (PreparedStatement ps =
                    c.prepareStatement("insert into ledger_checkpoint (tree_size, root_hash, key_id,"
                            + " note, created_at) values (?, ?, ?, ?, now())")) {
                ps.setLong(1, size);
                ps.setString(2, Bytes.hex(root));
                ps.setString(3, String.format("%08x", signer.keyId()));
                ps.setString(4, checkpoint);
                ps.executeUpdate();
            }
            long t0 = System.nanoTime();
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file)) {
                org.meritledger.ledger.export.LedgerExporter.write(c, w, ORIGIN, suite.id(), java.time.Instant.now());
            }
            double s = (System.nanoTime() - t0) / 1e9;
            print(
                    "export to %s: %,d entries, %,.1f MB in %.1f s = %,.0f entries/s",
                    file, size, java.nio.file.Files.size(file) / 1e6, s, size / s);
        }
        java.nio.file.Files.writeString(
                java.nio.file.Path.of("target", "bench-key.txt"),
                signer.verifier().vkey());
        for (int run = 1; run <= 2; run++) {
            long t0 = System.nanoTime();
            org.meritledger.ledger.core.export.ExportResult r;
            try (java.io.BufferedReader in = java.nio.file.Files.newBufferedReader(file)) {
                r = new org.meritledger.ledger.core.export.ExportVerifier(List.of(signer.verifier()), List.of(), 0)
                        .verify(in);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (!r.valid() || r.entries() != size) {
                throw new IllegalStateException("export verification failed: " + r);
            }
            print(
                    "export verification (verifier code, this JVM) run %d: %,d entries in %.1f s = %,.0f entries/s",
                    run, size, s, size / s);
        }
    }

    private static Iterator<Entry> cursor(ResultSet rs) {
        return new Iterator<>() {
            Boolean next;

            @Override
            public boolean hasNext() {
                try {
                    if (next == null) {
                        next = rs.next();
                    }
                    return next;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Entry next() {
                hasNext();
                next = null;
                try {
                    long actor = rs.getLong(4);
                    Long actorId = rs.wasNull() ? null : actor;
                    return new Entry(
                            rs.getLong(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(),
                            rs.getString(3),
                            actorId,
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            Bytes.fromHex(rs.getString(8)),
                            Bytes.fromHex(rs.getString(9)),
                            Bytes.fromHex(rs.getString(10)));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private void proofs(SessionFactory sf, long size, byte[] root) {
        Random random = new Random(1);
        RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
        EntryCodec codec = new EntryCodec(suite);
        int n = 1000;
        double[] ms = new double[n];
        try (EntityManager em = sf.createEntityManager()) {
            ProofBuilder builder = new ProofBuilder(hasher, new JpaNodeStore(em));
            for (int i = -100; i < n; i++) { // 100 warm-up proofs
                long seq = (long) (random.nextDouble() * size);
                long t0 = System.nanoTime();
                List<byte[]> proof = builder.inclusionProof(seq, size);
                double took = (System.nanoTime() - t0) / 1e6;
                if (i >= 0) {
                    ms[i] = took;
                    byte[] leaf = codec.leafHash(
                            em.find(EntryRow.class, seq).toEntry().entryHash());
                    ProofVerifier.verifyInclusion(hasher, seq, size, leaf, proof, root);
                    em.clear();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Arrays.sort(ms);
        print(
                "inclusion proof at %,d entries (random entry, one query for its O(log n) nodes): median %.2f ms,"
                        + " p99 %.2f ms, max %.2f ms",
                size, ms[n / 2], ms[n * 99 / 100], ms[n - 1]);
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
