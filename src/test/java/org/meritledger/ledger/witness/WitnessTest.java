package org.meritledger.ledger.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.core.witness.AddCheckpoint;

/**
 * The witness on a real (H2 file) database with the project's migrations: cosigns consistent
 * growth, refuses rewrites with the spec's status codes and stores an alert, and keeps its state
 * across a restart (a new witness over the same database and state directory), including when
 * the database row is rolled back behind its back.
 */
class WitnessTest {

    @TempDir
    Path dir;

    private final MemoryLog log = new MemoryLog("unit.example/ledger").grow(10);
    private final Cosigner key = new Cosigner("me.example/witness", Suites.ED25519_SHA256.generateKeyPair());
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    private JdbcDataSource db() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db/witness") + ";DB_CLOSE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("sa");
        return ds;
    }

    private Witness start() {
        JdbcDataSource ds = db();
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        return new Witness(
                ds, Map.of(log.origin, NoteVerifiers.of(log.key().verifier())), () -> key, clock, dir.resolve("state"));
    }

    private Witness.Answer send(Witness w, long old, List<byte[]> proof, String note) {
        return w.addCheckpoint(new AddCheckpoint(old, proof, note).format());
    }

    private List<String> alerts() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select kind from witness_alert order by id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void cosignsConsistentGrowthAndTheLineVerifies() throws Exception {
        Witness w = start();
        Witness.Answer a = send(w, 0, List.of(), log.signedCheckpoint(10));
        assertEquals(200, a.status(), a.body());
        String note = log.signedCheckpoint(10);
        Cosignatures c = Cosignatures.of(note + a.body(), log.key().verifier(), List.of(key.key()));
        assertEquals(1, c.witnessCount());
        assertEquals(clock.instant().getEpochSecond(), c.valid().get(0).timestamp());
        log.grow(25);
        assertEquals(
                200,
                send(w, 10, log.consistency(10, 25), log.signedCheckpoint(25)).status());
        assertEquals(25, w.state(log.origin).size());
        assertEquals(List.of(), alerts());
    }

    @Test
    void conflictAnswersTheKnownSize() {
        Witness w = start();
        send(w, 0, List.of(), log.signedCheckpoint(10));
        log.grow(12);
        Witness.Answer a = send(w, 0, List.of(), log.signedCheckpoint(12));
        assertEquals(409, a.status());
        assertEquals("text/x.tlog.size", a.contentType());
        assertEquals("10\n", a.body());
    }

    @Test
    void rewrittenLedgerIsRefusedAndRaisesAlerts() throws Exception {
        Witness w = start();
        send(w, 0, List.of(), log.signedCheckpoint(10));
        MemoryLog fork = new MemoryLog(log.origin, log.key());
        fork.tier = "UNQUALIFIED";
        fork.grow(20);
        assertEquals(409, send(w, 10, List.of(), fork.signedCheckpoint(10)).status()); // same size, other root
        assertEquals(
                422,
                send(w, 10, fork.consistency(10, 20), fork.signedCheckpoint(20)).status());
        log.grow(20);
        assertEquals(
                200,
                send(w, 10, log.consistency(10, 20), log.signedCheckpoint(20)).status());
        assertEquals(400, send(w, 20, List.of(), log.signedCheckpoint(15)).status()); // smaller tree
        assertEquals(List.of("SAME_SIZE_OTHER_ROOT", "INCONSISTENT", "SMALLER_TREE"), alerts());
        assertEquals(20, w.state(log.origin).size());
    }

    @Test
    void stateSurvivesARestart() throws Exception {
        Witness w = start();
        log.grow(30);
        assertEquals(200, send(w, 0, List.of(), log.signedCheckpoint(30)).status());
        Witness restarted = start(); // same database file and state directory, nothing in memory
        assertEquals(30, restarted.state(log.origin).size());
        assertEquals(
                "30\n", send(restarted, 0, List.of(), log.signedCheckpoint(30)).body());
        assertEquals(
                400, send(restarted, 30, List.of(), log.signedCheckpoint(20)).status());
    }

    @Test
    void databaseRolledBackBehindTheWitnessIsCaughtByTheStateFile() throws Exception {
        Witness w = start();
        assertEquals(200, send(w, 0, List.of(), log.signedCheckpoint(10)).status());
        try (Connection c = db().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("update witness_log_state set tree_size = 0, root_hash = null, checkpoint = null");
        }
        MemoryLog fork = new MemoryLog(log.origin, log.key());
        fork.tier = "UNQUALIFIED";
        fork.grow(10);
        Witness.Answer a = send(start(), 0, List.of(), fork.signedCheckpoint(10));
        assertEquals(409, a.status(), a.body());
        assertTrue(alerts().containsAll(List.of(Witness.STATE_ROLLBACK, "SAME_SIZE_OTHER_ROOT")), alerts().toString());
    }

    @Test
    void unknownLogAndBadBody() {
        Witness w = start();
        MemoryLog other = new MemoryLog("other.example/ledger").grow(2);
        assertEquals(404, send(w, 0, List.of(), other.signedCheckpoint(2)).status());
        assertEquals(400, w.addCheckpoint("hello").status());
        MemoryLog impostor = new MemoryLog(log.origin).grow(10);
        assertEquals(403, send(w, 0, List.of(), impostor.signedCheckpoint(10)).status());
    }
}
