package org.meritledger.ledger.core.merkle;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.ledger.core.suite.Suites;

/**
 * Runs every file of the transparency-dev/merkle RFC 6962 test vectors (see the README beside
 * them): happy paths must verify, every tampered variant must be rejected. Files are discovered at
 * run time, so a case added to the folder is tested without a code change.
 *
 * <p>The vectors are test data of this repository, {@code src/test/resources/vectors/rfc6962}
 * (licence and source in the README beside them); {@code -Dmerit.vectors.dir=...} points the test
 * at another copy, e.g. a newer checkout of transparency-dev/merkle's {@code testdata/}.
 */
class Rfc6962VectorsTest {

    static Path vectorsDir() {
        String configured = System.getProperty("merit.vectors.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of("src", "test", "resources", "vectors", "rfc6962")
                .toAbsolutePath()
                .normalize();
    }

    @TestFactory
    Stream<DynamicTest> inclusion() {
        return cases("inclusion", this::checkInclusion);
    }

    @TestFactory
    Stream<DynamicTest> consistency() {
        return cases("consistency", this::checkConsistency);
    }

    private Stream<DynamicTest> cases(String kind, java.util.function.Consumer<Path> check) {
        Path dir = vectorsDir().resolve(kind);
        assertTrue(Files.isDirectory(dir), "vector folder missing: " + dir + " (set -Dmerit.vectors.dir)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty(), "no vector files found under " + dir);
        return files.stream()
                .map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), f.toUri(), () -> check.accept(f)));
    }

    private void checkInclusion(Path file) {
        String text = read(file);
        Map<String, Object> v = json(text);
        long index = uint64(text, "leafIdx");
        long size = uint64(text, "treeSize");
        byte[] root = b64(v.get("root"));
        byte[] leaf = b64(v.get("leafHash"));
        List<byte[]> proof = proof(v.get("proof"));
        LogHasher hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        if (Boolean.TRUE.equals(v.get("wantErr"))) {
            assertThrows(
                    ProofVerificationException.class,
                    () -> ProofVerifier.verifyInclusion(hasher, index, size, leaf, proof, root),
                    (String) v.get("desc"));
        } else {
            assertDoesNotThrow(() -> ProofVerifier.verifyInclusion(hasher, index, size, leaf, proof, root), (String)
                    v.get("desc"));
        }
    }

    private void checkConsistency(Path file) {
        String text = read(file);
        Map<String, Object> v = json(text);
        long size1 = uint64(text, "size1");
        long size2 = uint64(text, "size2");
        byte[] root1 = b64(v.get("root1"));
        byte[] root2 = b64(v.get("root2"));
        List<byte[]> proof = proof(v.get("proof"));
        LogHasher hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        if (Boolean.TRUE.equals(v.get("wantErr"))) {
            assertThrows(
                    ProofVerificationException.class,
                    () -> ProofVerifier.verifyConsistency(hasher, size1, size2, proof, root1, root2),
                    (String) v.get("desc"));
        } else {
            assertDoesNotThrow(
                    () -> ProofVerifier.verifyConsistency(hasher, size1, size2, proof, root1, root2),
                    (String) v.get("desc"));
        }
    }

    /**
     * Reads an integer field from the raw text as Go's uint64. The JSON value model turns integers
     * beyond 2^53 into doubles, which would round 2^64−1 to 2^64; parsed unsigned, such a value
     * becomes a negative Java long, which the verifier rejects just as Go rejects index ≥ size.
     */
    private static long uint64(String text, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(text);
        assertTrue(m.find(), "field " + field);
        return Long.parseUnsignedLong(m.group(1));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return (Map<String, Object>) JsonParser.parse(text);
    }

    private static List<byte[]> proof(Object o) {
        List<byte[]> out = new ArrayList<>();
        if (o != null) {
            for (Object h : (List<?>) o) {
                out.add(b64(h));
            }
        }
        return out;
    }

    private static byte[] b64(Object o) {
        return o == null ? null : Base64.getDecoder().decode((String) o);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
