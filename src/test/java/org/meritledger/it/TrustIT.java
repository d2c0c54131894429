package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.ReceiptService;
import org.meritledger.ledger.core.cosign.Cosignatures;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.merkle.MerkleTree;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptAudit;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.ledger.core.witness.AddCheckpoint;
import org.meritledger.ledger.core.witness.WitnessDecision;
import org.meritledger.ledger.core.witness.WitnessRules;
import org.meritledger.ledger.core.witness.WitnessState;
import org.meritledger.ledger.receipts.PublicReceiptCheck;
import org.meritledger.ledger.witness.CheckpointWitnessing;
import org.meritledger.ledger.witness.Witness;
import org.meritledger.ledger.witness.WitnessReadiness;
import org.meritledger.ledger.witness.WitnessService;
import org.meritledger.ledger.witness.WitnessSettings;

/**
 * Trust without trusting the server, on a real Payara Micro and the build's database: the
 * streamed export checked by the standalone verifier jar (and an edited copy refused), receipts
 * checked by the jar and by the public check, the C2SP tiles over HTTP with their access rules
 * and caching headers, this portal as a witness of a log built in the test (cosigning, refusing
 * rewrites, alerting, state kept in the database), and this portal's ledger witnessed by a
 * witness running in the test.
 */
@ExtendWith(ArquillianExtension.class)
class TrustIT {

    static final String AUDITOR = "auditor:merit-demo-2026";
    static final String SOLDIER = "mr-100003:merit-demo-2026";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TrustTestAppends.class, MemoryLog.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Inject
    CheckpointWriter checkpoints;

    @Inject
    ReceiptService receipts;

    @Inject
    PublicReceiptCheck publicCheck;

    @Inject
    TrustTestAppends appends;

    @Inject
    WitnessService witness;

    @Inject
    @org.eclipse.microprofile.health.Readiness
    WitnessReadiness witnessReadiness;

    @Inject
    CheckpointWitnessing witnessing;

    @Inject
    Clock clock;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (credentials != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Grows the ledger past {@code atLeast} entries and signs a checkpoint of it. */
    private long checkpointAt(long atLeast, String tag) {
        long size = ledger.size();
        if (size < atLeast) {
            appends.append((int) (atLeast - size), tag);
        }
        checkpoints.checkpointNow();
        return ledger.size();
    }

    private String genesisKey() {
        return org.meritledger.ledger.core.chain.GenesisPayload.parse(
                        ledger.entry(0).payload())
                .signingKey()
                .vkey();
    }

    /** Runs the standalone verifier jar in its own JVM; returns exit status and output. */
    private static Map.Entry<Integer, String> verifierJar(String... args) throws Exception {
        String jar = System.getProperty("merit.verifier.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "verifier jar at " + jar);
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "verifier finished");
        return Map.entry(p.exitValue(), out);
    }

    @Test
    void exportStreamsToAuditorsAndTheVerifierJarChecksIt() throws Exception {
        long size = checkpointAt(300, "export");
        assertEquals(401, get("ledger/export", null).statusCode());
        assertEquals(403, get("ledger/export", SOLDIER).statusCode());
        HttpResponse<byte[]> r = get("ledger/export", AUDITOR);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/jsonl"));
        Path file = Files.createTempFile("trust-it-export", ".jsonl");
        Files.write(file, r.body());
        var ok = verifierJar("verify-export", file.toString(), "--key", genesisKey());
        assertEquals(0, ok.getKey(), ok.getValue());
        assertTrue(ok.getValue().startsWith("OK: "), ok.getValue());
        assertTrue(Long.parseLong(ok.getValue().substring(4, ok.getValue().indexOf(' ', 4))) >= size, ok.getValue());
        // the shipped award rules are on the ledger: the jar replays them too
        assertTrue(ok.getValue().contains("award rules replayed"), ok.getValue());

        // one row edited in the file: the jar names its sequence number
        List<String> lines = Files.readAllLines(file);
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"sequence\":250,")) {
                at = i;
            }
        }
        // a member that sorts first keeps the payload canonical, so the payload hash is what fails
        lines.set(at, lines.get(at).replace("\"payload\":\"{", "\"payload\":\"{\\\"!\\\":1,"));
        Path edited = Files.createTempFile("trust-it-edited", ".jsonl");
        Files.write(edited, lines);
        var bad = verifierJar("verify-export", edited.toString(), "--key", genesisKey());
        assertEquals(1, bad.getKey(), bad.getValue());
        assertTrue(bad.getValue().contains("FAILED: entry 250: PAYLOAD_HASH failed"), bad.getValue());
    }

    @Test
    void receiptsVerifyInTheJarAndInThePublicCheck() throws Exception {
        long seq = appends.append(1, "receipt");
        checkpointAt(seq + 1, "receipt");
        EntryReceipt e = receipts.receipt(seq);
        assertTrue(e.verified(), String.valueOf(e.check()));
        Path file = Files.createTempFile("trust-it-receipt", ".json");
        Files.writeString(file, e.receipt().toJson());
        String key = receipts.keyInEffectAt(e.checkpointSize()).vkey();
        var ok = verifierJar("verify-receipt", file.toString(), "--key", key);
        assertEquals(0, ok.getKey(), ok.getValue());

        // newer checkpoint and consistency proof fetched from the public endpoints
        long newer = checkpointAt(seq + 40, "receipt-later");
        HttpResponse<byte[]> cp = get("log/checkpoint/" + newer, null);
        assertEquals(200, cp.statusCode());
        HttpResponse<byte[]> proof = get("log/consistency/" + e.checkpointSize() + "/" + newer, null);
        assertEquals(200, proof.statusCode());
        Path cpFile = Files.write(Files.createTempFile("cp", ".txt"), cp.body());
        Path proofFile = Files.write(Files.createTempFile("proof", ".txt"), proof.body());
        var ext = verifierJar(
                "verify-receipt",
                file.toString(),
                "--key",
                key,
                "--checkpoint",
                cpFile.toString(),
                "--consistency",
                proofFile.toString());
        assertEquals(0, ext.getKey(), ext.getValue());
        assertTrue(ext.getValue().contains("checkpoint of size " + newer + " is consistent"), ext.getValue());

        PublicReceiptCheck.Outcome o = publicCheck.check(e.receipt().toJson());
        assertTrue(o.valid(), o.reasonKey() + " " + o.expected() + " / " + o.computed());
        assertEquals(newer, o.currentSize());
        PublicReceiptCheck.Outcome tampered =
                publicCheck.check(e.receipt().toJson().replace("\\\"receipt\\\"", "\\\"changed\\\""));
        assertEquals("receipt.check.step.PAYLOAD_HASH", tampered.reasonKey());
    }

    @Test
    void tilesAreServedWithAccessRulesAndCachingHeaders() throws Exception {
        long size = checkpointAt(300, "tiles");
        HttpResponse<byte[]> cp = get("log/checkpoint", null);
        assertEquals(200, cp.statusCode());
        assertTrue(new String(cp.body(), StandardCharsets.UTF_8).startsWith(state.origin() + "\n" + size + "\n"));
        assertEquals(
                "public, max-age=2", cp.headers().firstValue("Cache-Control").orElse(""));

        assertEquals(401, get("log/tile/0/000", null).statusCode());
        assertEquals(403, get("log/tile/0/000", SOLDIER).statusCode());
        HttpResponse<byte[]> full = get("log/tile/0/000", AUDITOR);
        assertEquals(200, full.statusCode());
        assertEquals(
                "private, max-age=31536000, immutable",
                full.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(8192, full.body().length);
        HttpResponse<byte[]> bundle = get("log/tile/entries/000", AUDITOR);
        assertEquals(256 * 34, bundle.body().length);
        RfcLogHasher hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            byte[] entryHash = java.util.Arrays.copyOfRange(bundle.body(), i * 34 + 2, i * 34 + 34);
            assertArrayEquals(ledger.entry(i).entryHash(), entryHash);
            byte[] leaf = hasher.hashLeaf(entryHash);
            assertArrayEquals(leaf, java.util.Arrays.copyOfRange(full.body(), i * 32, i * 32 + 32), "leaf " + i);
            leaves.add(leaf);
        }
        // the level-1 partial tile's first hash is the root of those 256 leaves
        HttpResponse<byte[]> level1 = get("log/tile/1/000.p/" + (size / 256), AUDITOR);
        assertEquals(200, level1.statusCode());
        assertEquals(
                "private, max-age=60",
                level1.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(MerkleTree.rootHash(hasher, leaves), java.util.Arrays.copyOf(level1.body(), 32));
        long partial = size % 256;
        if (partial > 0) {
            assertEquals(
                    200,
                    get("log/tile/0/" + tileIndex(size / 256) + ".p/" + partial, AUDITOR)
                            .statusCode());
        }
        assertEquals(
                404, get("log/tile/0/" + tileIndex(size / 256 + 1), AUDITOR).statusCode());
        assertEquals(404, get("log/tile/0/0", AUDITOR).statusCode());
    }

    private static String tileIndex(long n) {
        return String.format("%03d", n); // small trees only
    }

    // -- this portal as a witness of the log TrustIT builds (merit.witness.logs in arquillian.xml) --

    private static NoteSigner witnessedLogKey() throws Exception {
        byte[] seed = MessageDigest.getInstance("SHA-256")
                .digest("merit-ledger TrustIT witnessed log".getBytes(StandardCharsets.UTF_8));
        return new NoteSigner("trust-it.example/ledger", Suites.ED25519_SHA256, Suites.ed25519KeyPairFromSeed(seed));
    }

    @Test
    void thisPortalWitnessesAnotherLogAndRefusesRewrites() throws Exception {
        MemoryLog log = new MemoryLog("trust-it.example/ledger", witnessedLogKey()).grow(10);
        if (witness.state(log.origin).size() == 0) {
            // A fresh database: forget the state file an earlier run left in the shared data folder,
            // which the witness would otherwise (rightly) take as proof that its database was rolled back.
            Path dir = Path.of(System.getProperty("merit.data.dir"), "witness");
            if (Files.isDirectory(dir)) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        CosignerKey key =
                CosignerKey.parse(new String(get("witness/key", null).body(), StandardCharsets.UTF_8).strip());
        long alertsBefore = witness.alertCount();

        HttpResponse<String> first =
                post("witness/add-checkpoint", new AddCheckpoint(0, List.of(), log.signedCheckpoint(10)).format());
        assertEquals(200, first.statusCode(), first.body());
        Cosignatures c = Cosignatures.of(
                log.signedCheckpoint(10) + first.body(), log.key().verifier(), List.of(key));
        assertEquals(1, c.witnessCount());

        log.grow(40);
        HttpResponse<String> grown = post(
                "witness/add-checkpoint",
                new AddCheckpoint(10, log.consistency(10, 40), log.signedCheckpoint(40)).format());
        assertEquals(200, grown.statusCode(), grown.body());

        HttpResponse<String> stale =
                post("witness/add-checkpoint", new AddCheckpoint(10, List.of(), log.signedCheckpoint(40)).format());
        assertEquals(409, stale.statusCode());
        assertEquals("40\n", stale.body());
        assertEquals(
                "text/x.tlog.size", stale.headers().firstValue("Content-Type").orElse(""));

        MemoryLog rewritten = new MemoryLog(log.origin, log.key());
        rewritten.tier = "REWRITTEN";
        rewritten.grow(60);
        assertEquals(
                409,
                post(
                                "witness/add-checkpoint",
                                new AddCheckpoint(40, List.of(), rewritten.signedCheckpoint(40)).format())
                        .statusCode());
        assertEquals(
                422,
                post(
                                "witness/add-checkpoint",
                                new AddCheckpoint(40, rewritten.consistency(40, 60), rewritten.signedCheckpoint(60))
                                        .format())
                        .statusCode());
        assertEquals(
                400,
                post("witness/add-checkpoint", new AddCheckpoint(40, List.of(), log.signedCheckpoint(20)).format())
                        .statusCode());
        MemoryLog impostor = new MemoryLog(log.origin).grow(50);
        assertEquals(
                403,
                post(
                                "witness/add-checkpoint",
                                new AddCheckpoint(40, impostor.consistency(40, 50), impostor.signedCheckpoint(50))
                                        .format())
                        .statusCode());

        assertEquals(alertsBefore + 3, witness.alertCount());
        HealthCheckResponse health = witnessReadiness.call();
        assertEquals(HealthCheckResponse.Status.UP, health.getStatus());
        assertTrue(health.getData().orElseThrow().get("lastAlert").toString().contains("trust-it.example/ledger"));

        // the state is in the database, and a witness started afresh on it (a restart) keeps refusing
        assertEquals(40, witness.state(log.origin).size());
        Witness restarted = new Witness(
                dataSource,
                Map.of(log.origin, NoteVerifiers.of(log.key().verifier())),
                () -> new Cosigner("restarted.example/w", Suites.ED25519_SHA256.generateKeyPair()),
                clock,
                Files.createTempDirectory("witness-state"));
        assertEquals(
                "40\n",
                restarted
                        .addCheckpoint(new AddCheckpoint(0, List.of(), rewritten.signedCheckpoint(60)).format())
                        .body());
        assertEquals(
                409,
                restarted
                        .addCheckpoint(new AddCheckpoint(40, List.of(), rewritten.signedCheckpoint(40)).format())
                        .status());
    }

    // -- this portal's ledger witnessed by a witness running inside the test --

    /** A tlog-witness implemented with the core rules and an in-memory state, on a JDK HTTP server. */
    private static final class TestWitness implements AutoCloseable {
        final Cosigner key = new Cosigner("test-witness.example/w", Suites.ED25519_SHA256.generateKeyPair());
        final HttpServer server;
        WitnessState state = WitnessState.empty();
        int requests;

        TestWitness(NoteVerifier log) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/w/add-checkpoint", ex -> {
                requests++;
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                AddCheckpoint req = AddCheckpoint.parse(body);
                WitnessDecision d = WitnessRules.decide(req, WitnessRules.origin(req), NoteVerifiers.of(log), state);
                byte[] out;
                int status;
                if (d instanceof WitnessDecision.Cosign ok) {
                    state = new WitnessState(
                            ok.checkpoint().size(), ok.checkpoint().rootHash(), ok.signedNote());
                    out = key.cosign(ok.checkpoint().body(), 1_767_000_000L)
                            .line()
                            .getBytes(StandardCharsets.UTF_8);
                    status = 200;
                } else {
                    WitnessDecision.Refuse r = (WitnessDecision.Refuse) d;
                    status = r.status();
                    if (status == 409) {
                        ex.getResponseHeaders().add("Content-Type", "text/x.tlog.size");
                        out = (r.knownSize() + "\n").getBytes(StandardCharsets.UTF_8);
                    } else {
                        out = r.reason().getBytes(StandardCharsets.UTF_8);
                    }
                }
                ex.sendResponseHeaders(status, out.length);
                ex.getResponseBody().write(out);
                ex.close();
            });
            server.start();
        }

        WitnessSettings.Target target() {
            return new WitnessSettings.Target(
                    key.key(),
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w"));
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void thisLedgerIsWitnessedAndReceiptsCarryTheCosignature() throws Exception {
        long size = checkpointAt(ledger.size() + 5, "witnessed");
        NoteVerifier logKey = receipts.keyInEffectAt(size);
        try (TestWitness w = new TestWitness(logKey)) {
            CheckpointWitnessing.Outcome first = witnessing.submit(w.target());
            assertTrue(first.cosigned(), first.problem());
            assertEquals(size, w.state.size());

            // the ledger grows: the next submission carries a consistency proof from the witness's size
            long later = checkpointAt(size + 30, "witnessed-later");
            assertTrue(witnessing.submit(w.target()).cosigned());
            assertEquals(later, w.state.size());

            // this ledger forgot what the witness knows: the witness's 409 tells it, and it catches up
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.executeUpdate("update ledger_witness_progress set known_size = 0");
            }
            long third = checkpointAt(later + 3, "witnessed-third");
            int before = w.requests;
            assertTrue(witnessing.submit(w.target()).cosigned());
            assertEquals(2, w.requests - before, "one 409, then the cosigned request");
            assertEquals(third, w.state.size());

            // a receipt of an entry now carries the cosignature, and checks with the witness key
            long seq = third - 2;
            Receipt r = receipts.receipt(seq).receipt();
            ReceiptAudit.Result audit = ReceiptAudit.check(r, logKey, List.of(w.key.key()), 1);
            assertTrue(audit.valid(), audit.toString());
            Path file = Files.writeString(Files.createTempFile("witnessed", ".json"), r.toJson());
            var jar = verifierJar(
                    "verify-receipt",
                    file.toString(),
                    "--key",
                    logKey.vkey(),
                    "--witness",
                    w.key.key().vkey());
            assertEquals(0, jar.getKey(), jar.getValue());
            assertTrue(jar.getValue().contains("cosigned by test-witness.example/w"), jar.getValue());

            // and the export carries it: the verifier counts the checkpoint as witnessed
            Path export = Files.write(
                    Files.createTempFile("witnessed", ".jsonl"),
                    get("ledger/export", AUDITOR).body());
            var ex = verifierJar(
                    "verify-export",
                    export.toString(),
                    "--key",
                    genesisKey(),
                    "--witness",
                    w.key.key().vkey());
            assertEquals(0, ex.getKey(), ex.getValue());
            assertTrue(ex.getValue().contains("witnessed (quorum 1) up to tree size " + third), ex.getValue());
        }
    }
}
