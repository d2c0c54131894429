package org.meritledger.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.suite.Suites;

/**
 * The command line as a user runs it: exit status 0 only when everything verified, and on a
 * failure the first failing entry's sequence number with expected and computed values.
 */
class VerifierMainTest {

    @TempDir
    Path dir;

    private final MemoryLog log = new MemoryLog("example.org/merit-ledger").grow(50);
    private final Cosigner witness = new Cosigner("witness.example/w1", Suites.ED25519_SHA256.generateKeyPair());
    private String out;

    VerifierMainTest() {
        log.checkpoint();
        log.cosignLatest(witness, 1_767_300_000L);
    }

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true));
        out = o.toString(StandardCharsets.UTF_8) + e.toString(StandardCharsets.UTF_8);
        return status;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String key() {
        return log.key().verifier().vkey();
    }

    @Test
    void exportVerifiesWithTheTrustedKeyAndWitness() throws Exception {
        Path f = write("ledger.jsonl", log.export());
        assertEquals(
                0,
                run(
                        "verify-export",
                        f.toString(),
                        "--key",
                        key(),
                        "--witness",
                        witness.key().vkey()),
                out);
        assertTrue(out.startsWith("OK: 50 entries, 1 checkpoints"), out);
        assertTrue(out.contains("witnessed (quorum 1) up to tree size 50"), out);
    }

    @Test
    void editedRemovedOrSwappedRowsFailNamingTheSequence() throws Exception {
        List<String> lines = log.export().lines().collect(Collectors.toList());
        int at = indexOf(lines, "\"sequence\":21,");
        List<String> edited = new ArrayList<>(lines);
        edited.set(at, edited.get(at).replace("Soldier 21", "Soldier 99"));
        assertEquals(1, run("verify-export", write("e.jsonl", join(edited)).toString(), "--key", key()), out);
        assertTrue(out.contains("FAILED: entry 21: PAYLOAD_HASH failed: expected "), out);

        List<String> removed = new ArrayList<>(lines);
        removed.remove(at);
        assertEquals(1, run("verify-export", write("r.jsonl", join(removed)).toString(), "--key", key()), out);
        assertTrue(out.contains("FAILED: entry 21: SEQUENCE failed: expected 21, computed 22"), out);

        List<String> swapped = new ArrayList<>(lines);
        swapped.set(at, lines.get(at + 1));
        swapped.set(at + 1, lines.get(at));
        assertEquals(1, run("verify-export", write("s.jsonl", join(swapped)).toString(), "--key", key()), out);
        assertTrue(out.contains("FAILED: entry 21: SEQUENCE failed"), out);
    }

    @Test
    void receiptVerifiesAndExtendsToANewerCheckpoint() throws Exception {
        Path receipt = write("receipt.json", log.receipt(9).toJson());
        assertEquals(
                0,
                run(
                        "verify-receipt",
                        receipt.toString(),
                        "--key",
                        key(),
                        "--witness",
                        witness.key().vkey()),
                out);
        assertTrue(out.contains("OK: entry 9"), out);
        log.grow(80);
        Path newer = write("checkpoint.txt", log.signedCheckpoint(80));
        Path proof = write(
                "proof.txt",
                log.consistency(50, 80).stream().map(Bytes::base64).collect(Collectors.joining("\n", "", "\n")));
        assertEquals(
                0,
                run(
                        "verify-receipt",
                        receipt.toString(),
                        "--key",
                        key(),
                        "--witness",
                        witness.key().vkey(),
                        "--checkpoint",
                        newer.toString(),
                        "--consistency",
                        proof.toString()),
                out);
        assertTrue(out.contains("checkpoint of size 80 is consistent"), out);
        Path badProof = write("bad.txt", Bytes.base64(new byte[32]) + "\n");
        assertEquals(
                1,
                run(
                        "verify-receipt",
                        receipt.toString(),
                        "--key",
                        key(),
                        "--checkpoint",
                        newer.toString(),
                        "--consistency",
                        badProof.toString()),
                out);
        assertTrue(out.contains("CONSISTENCY failed"), out);
    }

    @Test
    void tamperedReceiptFails() throws Exception {
        String json = log.receipt(9).toJson().replace("Soldier 9", "Soldier 8");
        assertEquals(1, run("verify-receipt", write("t.json", json).toString(), "--key", key()), out);
        assertTrue(out.contains("FAILED: entry 9: PAYLOAD_HASH failed"), out);
    }

    @Test
    void usageErrorsExitWith2() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("verify-export", "x.jsonl"), out);
        assertTrue(out.contains("--key"), out);
        assertEquals(2, run("frobnicate", "x", "--key", key()));
        assertEquals(2, run("verify-export", dir.resolve("missing.jsonl").toString(), "--key", key()));
        assertEquals(0, run("--help"));
    }

    private static int indexOf(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError(needle);
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }
}
