package org.meritledger.ledger.core.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.ChainVerifier;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.VerificationResult;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.InMemoryNodeStore;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.ProofBuilder;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/**
 * Micro-benchmark (not a test): builds a ledger of N entries in memory (default 1,000,000), then
 * measures full chain verification and proof generation at that size. Run after {@code mvn -o
 * test-compile}:
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp target/classes:target/test-classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.86/bcprov-jdk18on-1.86.jar \
 *     org.meritledger.ledger.core.bench.VerifyThroughput [entries] [suite-id]
 * </pre>
 *
 * {@code AlwaysPreTouch} matters: without it the first pass pays for faulting in the fresh heap
 * (seconds of system time on this machine) and looks three times slower than it is.
 */
public final class VerifyThroughput {

    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private VerifyThroughput() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Suite suite = args.length > 1 ? Suites.byId(args[1]) : Suites.defaultSuite();
        String origin = "example.org/merit-ledger";
        NoteSigner key = new NoteSigner(origin, suite, suite.generateKeyPair());
        System.out.printf(
                "suite %s, %,d entries, %s, %d cpus%n",
                suite.id(),
                n,
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        List<Entry> entries = build(suite, origin, key, n);
        long t1 = System.nanoTime();
        System.out.printf("build entries:        %,10.0f entries/s (%.2f s)%n", n / sec(t1 - t0), sec(t1 - t0));

        // Node layout, as the application would store it while appending.
        RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
        EntryCodec codec = new EntryCodec(suite);
        InMemoryNodeStore store = new InMemoryNodeStore(suite.hashSize());
        MerkleAppender tree = new MerkleAppender(hasher);
        for (Entry e : entries) {
            tree.append(codec.leafHash(e.entryHash()), store);
        }
        long t2 = System.nanoTime();
        System.out.printf("build tree + nodes:   %,10.0f entries/s (%.2f s)%n", n / sec(t2 - t1), sec(t2 - t1));
        String checkpoint = new CheckpointSigner(key).sign(n, tree.root());

        for (int round = 1; round <= 3; round++) {
            verify(suite, entries, checkpoint, true, "verify (canonical check on),  round " + round);
        }
        verify(suite, entries, checkpoint, false, "verify (canonical check off)        ");

        proofs(hasher, store, n, tree.root());
    }

    private static List<Entry> build(Suite suite, String origin, NoteSigner key, int n) {
        ChainAppender a = ChainAppender.newLedger(suite);
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        List<Entry> out = new ArrayList<>(n);
        out.add(a.genesis(t, origin, key.verifier()));
        for (int i = 1; i < n; i++) {
            out.add(a.append(
                    t.plusMillis(i),
                    "training.record.created",
                    1000L + i % 500,
                    "instructor",
                    "soldier:" + (i % 20_000),
                    Map.of(
                            "course",
                            "First aid " + (i % 40),
                            "result",
                            "passed",
                            "hours",
                            4 + i % 5,
                            "score",
                            71.5 + i % 29)));
        }
        return out;
    }

    private static void verify(Suite suite, List<Entry> entries, String checkpoint, boolean canonical, String label)
            throws Exception {
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        VerificationResult r = new ChainVerifier(suite)
                .checkPayloadCanonical(canonical)
                .signedCheckpoint(checkpoint)
                .verify(entries.iterator());
        long t1 = System.nanoTime();
        long c1 = CPU.getCurrentThreadCpuTime();
        if (!r.isValid()) {
            throw new AssertionError(r.toString());
        }
        // Wall time suffers when other builds share the 2 cores; thread CPU time does not.
        System.out.printf(
                "%s: %,10.0f entries/s wall (%.2f s), %,10.0f entries/s of thread CPU%n",
                label, entries.size() / sec(t1 - t0), sec(t1 - t0), entries.size() / sec(c1 - c0));
    }

    private static void proofs(RfcLogHasher hasher, InMemoryNodeStore store, long n, byte[] root) throws Exception {
        ProofBuilder pb = new ProofBuilder(hasher, store);
        Random rnd = new Random(1);
        int reps = 20_000;
        for (int warm = 0; warm < reps; warm++) {
            pb.inclusionProof(rnd.nextInt((int) n), n);
        }
        long c0 = CPU.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            long idx = rnd.nextInt((int) n);
            ProofVerifier.verifyInclusion(hasher, idx, n, store.node(0, idx), pb.inclusionProof(idx, n), root);
        }
        long t1 = System.nanoTime();
        long c1 = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) {
            long old = 1 + rnd.nextInt((int) n - 1);
            pb.consistencyProof(old, n);
        }
        long t2 = System.nanoTime();
        System.out.printf(
                "inclusion proof at %,d: build+verify %.1f µs wall, %.1f µs CPU each (avg of %,d)%n",
                n, (t1 - t0) / 1e3 / reps, (c1 - c0) / 1e3 / reps, reps);
        System.out.printf(
                "consistency proof to %,d: build %.1f µs each (avg of %,d)%n", n, (t2 - t1) / 1e3 / reps, reps);
        long t3 = System.nanoTime();
        pb.inclusionProof(123_456, n);
        System.out.printf("single cold-ish inclusion proof: %.1f µs%n", (System.nanoTime() - t3) / 1e3);
    }

    private static double sec(long nanos) {
        return nanos / 1e9;
    }
}
