package org.meritledger.ledger.core.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/** Named tamper cases: each must be caught at the right entry, with the right check. */
class ChainVerifierTest {

    static final int SIZE = 20;
    final TestLedger ledger = TestLedger.of(Suites.ED25519_SHA256, SIZE);

    static Iterable<Suite> suites() {
        return Suites.all();
    }

    /**
     * Verifies on the calling thread and again with the entries digested on other threads, in
     * batches of 3 (so every case crosses batch borders): both must come to the same result.
     */
    VerificationResult verify(List<Entry> entries, String... signedCheckpoints) throws Exception {
        ChainVerifier v = new ChainVerifier(ledger.suite).expectOrigin(TestLedger.ORIGIN);
        for (String cp : signedCheckpoints) {
            v.signedCheckpoint(cp);
        }
        VerificationResult plain = v.verify(entries.iterator());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            VerificationResult parallel =
                    v.verifyDigested(null, new ParallelDigests(entries.iterator(), ledger.suite, true, pool, 2, 3));
            assertEquals(plain.entriesVerified(), parallel.entriesVerified(), "entries verified");
            assertEquals(plain.firstFailure(), parallel.firstFailure(), "failure");
            assertEquals(plain.isValid(), parallel.isValid());
        } finally {
            pool.shutdownNow();
        }
        return plain;
    }

    static Failure failure(VerificationResult r) {
        assertTrue(r.firstFailure().isPresent(), "expected a failure, got " + r);
        return r.firstFailure().get();
    }

    static void assertFailure(VerificationResult r, long seq, Check check) {
        Failure f = failure(r);
        assertEquals(check, f.check(), f.toString());
        assertEquals(seq, f.sequence(), f.toString());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void untouchedChainVerifiesInEverySuite(Suite suite) throws Exception {
        TestLedger l = TestLedger.of(suite, 12);
        VerificationResult r = new ChainVerifier(suite)
                .signedCheckpoint(l.signedCheckpoint(5, l.key))
                .signedCheckpoint(l.signedCheckpoint(12, l.key))
                .verify(l.entries.iterator());
        assertTrue(r.isValid(), r.toString());
        assertEquals(12, r.entriesVerified());
        assertArrayEquals(l.root(12), ((VerificationResult.Valid) r).rootHash());
    }

    @Test
    void payloadChanged() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry e = list.get(5);
        list.set(
                5,
                new Entry(
                        5,
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        e.payload().replace("private", "general"),
                        e.payloadHash(),
                        e.previousHash(),
                        e.entryHash()));
        VerificationResult r = verify(list);
        assertFailure(r, 5, Check.PAYLOAD_HASH);
        assertEquals(Bytes.hex(e.payloadHash()), failure(r).expected());
        assertEquals(5, r.entriesVerified());
    }

    @Test
    void entryHashChanged() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry e = list.get(5);
        byte[] forged = e.entryHash().clone();
        forged[0] ^= 1;
        list.set(5, e.withHashes(e.payloadHash(), e.previousHash(), forged));
        VerificationResult r = verify(list);
        assertFailure(r, 5, Check.ENTRY_HASH);
        assertEquals(Bytes.hex(forged), failure(r).expected());
        assertEquals(Bytes.hex(e.entryHash()), failure(r).computed());
    }

    @Test
    void entryDeleted() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        list.remove(5);
        Failure f = failure(verify(list));
        assertEquals(Check.SEQUENCE, f.check());
        assertEquals(5, f.sequence());
        assertEquals("5", f.expected());
        assertEquals("6", f.computed());
    }

    @Test
    void entryDeletedAndRenumbered() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        list.remove(5);
        for (int i = 5; i < list.size(); i++) {
            Entry e = list.get(i);
            list.set(
                    i,
                    new Entry(
                            i,
                            e.timestamp(),
                            e.type(),
                            e.actorAccountId(),
                            e.actorRole(),
                            e.subject(),
                            e.payload(),
                            e.payloadHash(),
                            e.previousHash(),
                            e.entryHash()));
        }
        assertFailure(verify(list), 5, Check.PREVIOUS_HASH);
    }

    @Test
    void entryInserted() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry forged = ledger.rehash(
                new Entry(
                        5,
                        list.get(4).timestamp(),
                        "personnel.soldier.created",
                        1L,
                        "admin",
                        "soldier:999",
                        "{\"name\":\"Ghost\"}",
                        null,
                        null,
                        null),
                list.get(4).entryHash());
        list.add(5, forged);
        // The forged entry itself is consistent; the genuine entry 5 then arrives at position 6.
        assertFailure(verify(list), 6, Check.SEQUENCE);
    }

    @Test
    void entryInsertedAndRenumbered() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry forged = ledger.rehash(
                new Entry(
                        5,
                        list.get(4).timestamp(),
                        "personnel.soldier.created",
                        1L,
                        "admin",
                        "soldier:999",
                        "{\"name\":\"Ghost\"}",
                        null,
                        null,
                        null),
                list.get(4).entryHash());
        list.add(5, forged);
        for (int i = 6; i < list.size(); i++) {
            Entry e = list.get(i);
            list.set(
                    i,
                    new Entry(
                            i,
                            e.timestamp(),
                            e.type(),
                            e.actorAccountId(),
                            e.actorRole(),
                            e.subject(),
                            e.payload(),
                            e.payloadHash(),
                            e.previousHash(),
                            e.entryHash()));
        }
        assertFailure(verify(list), 6, Check.PREVIOUS_HASH);
    }

    @Test
    void twoEntriesSwapped() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Collections.swap(list, 5, 6);
        Failure f = failure(verify(list));
        assertEquals(Check.SEQUENCE, f.check());
        assertEquals(5, f.sequence());
        assertEquals("6", f.computed());
    }

    @Test
    void tailTruncatedIsCaughtByCheckpointSize() throws Exception {
        String cp = ledger.signedCheckpoint(SIZE, ledger.key);
        List<Entry> truncated = ledger.entries.subList(0, SIZE - 3);
        Failure f = failure(verify(truncated, cp));
        assertEquals(Check.CHECKPOINT_SIZE, f.check());
        assertEquals(SIZE - 3, f.sequence()); // the first missing entry
        assertTrue(verify(truncated).isValid(), "without a checkpoint a truncated tail is undetectable");
    }

    @Test
    void checkpointRootAltered() throws Exception {
        byte[] root = ledger.root(10);
        root[31] ^= 1;
        VerificationResult r = new ChainVerifier(ledger.suite)
                .checkpoint(new Checkpoint(TestLedger.ORIGIN, 10, root, List.of()))
                .verify(ledger.entries.iterator());
        assertFailure(r, 9, Check.CHECKPOINT_ROOT);
        assertEquals(Bytes.hex(root), failure(r).expected());
        assertEquals(Bytes.hex(ledger.root(10)), failure(r).computed());
    }

    @Test
    void signedCheckpointAltered() throws Exception {
        String cp = ledger.signedCheckpoint(10, ledger.key);
        String altered = cp.replace(Bytes.base64(ledger.root(10)), Bytes.base64(ledger.root(11)));
        assertFailure(verify(ledger.entries, altered), 9, Check.CHECKPOINT_SIGNATURE);
    }

    @Test
    void historyRewrittenWithAllHashesRecomputedIsCaughtByCheckpoint() throws Exception {
        String cp = ledger.signedCheckpoint(SIZE, ledger.key);
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry e = list.get(5);
        list.set(
                5,
                new Entry(
                        5,
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        e.payload().replace("private", "general"),
                        null,
                        null,
                        null));
        List<Entry> rewritten = TestLedger.relink(ledger, list, 5);
        assertTrue(verify(rewritten).isValid(), "the rewritten chain is internally consistent");
        assertFailure(verify(rewritten, cp), SIZE - 1, Check.CHECKPOINT_ROOT);
    }

    @Test
    void timestampGoingBackwards() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry e = list.get(8);
        list.set(
                8,
                new Entry(
                        8,
                        TestLedger.T0,
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        e.payload(),
                        null,
                        null,
                        null));
        assertFailure(verify(TestLedger.relink(ledger, list, 8)), 8, Check.TIMESTAMP_ORDER);
    }

    @Test
    void nonCanonicalPayload() throws Exception {
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry e = list.get(3);
        list.set(
                3,
                new Entry(
                        3,
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        " " + e.payload(),
                        null,
                        null,
                        null));
        assertFailure(verify(TestLedger.relink(ledger, list, 3)), 3, Check.PAYLOAD_CANONICAL);
    }

    @Test
    void genesisMissingOrForged() throws Exception {
        assertFailure(verify(ledger.entries.subList(1, SIZE)), 0, Check.SEQUENCE);
        assertFailure(verify(List.of()), 0, Check.GENESIS);
        List<Entry> list = new ArrayList<>(ledger.entries);
        Entry g = list.get(0);
        list.set(
                0,
                new Entry(
                        0,
                        g.timestamp(),
                        g.type(),
                        null,
                        null,
                        null,
                        g.payload().replace("ed25519-sha256", "sm2-sm3"),
                        null,
                        null,
                        null));
        list.set(0, ledger.rehash(list.get(0), new byte[32]));
        assertFailure(verify(TestLedger.relink(ledger, list, 1)), 0, Check.GENESIS);
    }

    @Test
    void wrongOriginIsRejected() {
        VerificationResult r =
                new ChainVerifier(ledger.suite).expectOrigin("evil.example").verify(ledger.entries.iterator());
        assertFailure(r, 0, Check.GENESIS);
    }

    @Test
    void streamsFromAnIterator() {
        // Entries made on the fly, never held in a list: the verifier only needs an Iterator.
        int n = 5_000;
        TestLedger l = new TestLedger(Suites.ED25519_SHA256);
        java.util.Iterator<Entry> it = new java.util.Iterator<>() {
            int i = 0;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Entry next() {
                if (i++ == 0) {
                    return l.entries.get(0);
                }
                return l.appender.append(
                        TestLedger.T0.plusMillis(i), "training.completed", null, null, null, java.util.Map.of("i", i));
            }
        };
        VerificationResult r = new ChainVerifier(l.suite).verify(it);
        assertTrue(r.isValid(), r.toString());
        assertEquals(n, r.entriesVerified());
    }
}
