package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainVerifier;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.VerificationResult;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.ProofBuilder;
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
 * Two portal nodes on one PostgreSQL, simulated by two separate EntityManagerFactories, each
 * with its own connection pool, appending through the same {@link ChainWriter} the portal uses:
 * 32 writers x 500 single-entry transactions. The chain must come out gapless, unforked, with
 * the exact count, and verify. Runs in its own throw-away schema, so it never touches the data
 * of the other integration tests. PostgreSQL only: H2 in memory cannot be shared by two pools
 * the way two nodes share a server.
 */
class LedgerConcurrencyIT {

    private static final int WRITERS = 32;
    private static final int APPENDS = 500;
    private static final String ORIGIN = "concurrency.test/ledger";

    private final String url = System.getProperty("merit.test.db.url", "");
    private final String user = System.getProperty("merit.test.db.user");
    private final String password = System.getProperty("merit.test.db.password");
    private final String schema = "ledger_conc_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<SessionFactory> nodes = new ArrayList<>();

    @BeforeEach
    void schema() throws SQLException {
        assumeTrue(
                url.startsWith("jdbc:postgresql:"),
                "Concurrency test needs PostgreSQL: run with MERIT_TEST_DB_URL"
                        + " pointing at a PostgreSQL database (as .ci/run does); skipped on H2");
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("create schema " + schema);
        }
        Flyway.configure()
                .dataSource(schemaUrl(), user, password)
                .schemas(schema)
                .defaultSchema(schema)
                .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
                .load()
                .migrate();
    }

    @AfterEach
    void drop() throws SQLException {
        nodes.forEach(SessionFactory::close);
        if (url.startsWith("jdbc:postgresql:")) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private SessionFactory node(int poolSize) {
        Properties p = new Properties();
        p.put("hibernate.connection.url", schemaUrl());
        p.put("hibernate.connection.username", user);
        p.put("hibernate.connection.password", password);
        p.put("hibernate.connection.pool_size", Integer.toString(poolSize));
        p.put("hibernate.hbm2ddl.auto", "none");
        p.put("hibernate.jdbc.time_zone", "UTC");
        p.put("hibernate.jdbc.batch_size", "50");
        p.put("hibernate.order_inserts", "true");
        SessionFactory sf = new Configuration()
                .addProperties(p)
                .addAnnotatedClass(HeadRow.class)
                .addAnnotatedClass(EntryRow.class)
                .addAnnotatedClass(NodeRow.class)
                .addAnnotatedClass(CheckpointRow.class)
                .addAnnotatedClass(SigningKeyRow.class)
                .buildSessionFactory();
        nodes.add(sf);
        return sf;
    }

    @Test
    void thirtyTwoWritersOnTwoNodesNeitherForkNorLoseEntries() throws Exception {
        Suite suite = Suites.defaultSuite();
        NoteSigner signer = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        Clock clock = Clock.systemUTC();
        SessionFactory nodeA = node(WRITERS / 2);
        SessionFactory nodeB = node(WRITERS / 2);
        // each node's in-memory Merkle frontier: mostly stale here, as the nodes interleave
        FrontierCache frontierA = new FrontierCache();
        FrontierCache frontierB = new FrontierCache();
        inTransaction(nodeA, em -> ChainWriter.genesisIfEmpty(em, suite, clock, ORIGIN, signer.verifier()));

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            SessionFactory node = w % 2 == 0 ? nodeA : nodeB;
            FrontierCache frontier = w % 2 == 0 ? frontierA : frontierB;
            done.add(pool.submit(() -> {
                for (int i = 0; i < APPENDS; i++) {
                    int n = i;
                    inTransaction(
                            node,
                            em -> ChainWriter.open(em, suite, frontier)
                                    .append(
                                            clock,
                                            "test.concurrency",
                                            null,
                                            null,
                                            "writer:" + writer,
                                            Map.of("writer", (long) writer, "n", (long) n)));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        long expected = 1L + WRITERS * APPENDS;
        try (Connection c = DriverManager.getConnection(schemaUrl(), user, password);
                Statement s = c.createStatement()) {
            assertEquals(expected, single(s, "select count(*) from ledger_entry"), "count exact");
            assertEquals(expected - 1, single(s, "select max(seq) from ledger_entry"), "no gap");
            assertEquals(expected, single(s, "select count(distinct prev_hash) from ledger_entry"), "no fork");
            assertEquals(expected, single(s, "select next_seq from ledger_head"));
            assertEquals(
                    WRITERS,
                    single(
                            s,
                            "select count(*) from (select subject from ledger_entry where subject like"
                                    + " 'writer:%' group by subject having count(*) = " + APPENDS + ") x"),
                    "every writer's appends");
        }

        // Verify the whole chain and a checkpoint signed over the root built from the stored nodes.
        byte[] root = inTransaction(
                nodeA,
                em -> new ProofBuilder(new RfcLogHasher(suite.newDigester()), new JpaNodeStore(em)).rootHash(expected));
        ChainVerifier verifier = new ChainVerifier(suite)
                .expectOrigin(ORIGIN)
                .signedCheckpoint(new CheckpointSigner(signer).sign(expected, root));
        VerificationResult result = verifier.verify(readAll(expected).iterator());
        assertTrue(result.isValid(), result.toString());
        assertArrayEquals(root, ((VerificationResult.Valid) result).rootHash());
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Entry> readAll(long expected) throws SQLException {
        List<Entry> out = new ArrayList<>((int) expected);
        try (Connection c = DriverManager.getConnection(schemaUrl(), user, password);
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select seq, ts, entry_type, actor_account_id, actor_role, subject, payload,"
                                + " payload_hash, prev_hash, entry_hash from ledger_entry order by seq")) {
            while (rs.next()) {
                long actor = rs.getLong(4);
                Long actorId = rs.wasNull() ? null : actor; // wasNull refers to the last column read
                out.add(new Entry(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        actorId,
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        Bytes.fromHex(rs.getString(8).trim()),
                        Bytes.fromHex(rs.getString(9).trim()),
                        Bytes.fromHex(rs.getString(10).trim())));
            }
        }
        return out;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(EntityManager em);
    }

    private static <T> T inTransaction(SessionFactory sf, Work<T> work) {
        try (EntityManager em = sf.createEntityManager()) {
            em.getTransaction().begin();
            try {
                T result = work.run(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw new IllegalStateException(
                        "transaction failed (" + e.getMessage().toLowerCase(Locale.ROOT) + ")", e);
            }
        }
    }
}
