package org.meritledger.ledger.core.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.suite.Suites;

/**
 * Resuming verification where a valid run ended must give the same verdict as verifying the
 * whole chain again, for valid extensions and for tampering in the new part.
 */
class IncrementalVerificationTest {

    private final TestLedger ledger = TestLedger.of(Suites.defaultSuite(), 40);

    @Test
    void resumedRunMatchesAFullRunOnAValidExtension() throws Exception {
        ChainVerifier first = new ChainVerifier(ledger.suite).signedCheckpoint(ledger.signedCheckpoint(25, ledger.key));
        assertTrue(first.verify(ledger.entries.subList(0, 25).iterator()).isValid());
        ChainVerifier.State state = first.lastValidState();
        assertEquals(25, state.size());

        // later: checkpoints made since, including one of exactly the old size
        ChainVerifier next = new ChainVerifier(ledger.suite)
                .signedCheckpoint(ledger.signedCheckpoint(25, ledger.key))
                .signedCheckpoint(ledger.signedCheckpoint(40, ledger.key));
        VerificationResult r = next.verify(state, ledger.entries.subList(25, 40).iterator());
        assertTrue(r.isValid(), r.toString());
        assertEquals(40, r.entriesVerified());
        assertArrayEquals(ledger.root(40), ((VerificationResult.Valid) r).rootHash());
        assertArrayEquals(ledger.root(40), next.lastValidState().rootHash());
    }

    @Test
    void resumedRunFindsTamperingInTheNewPartAtTheSameEntryAsAFullRun() throws Exception {
        ChainVerifier first = new ChainVerifier(ledger.suite);
        first.verify(ledger.entries.subList(0, 25).iterator());
        ChainVerifier.State state = first.lastValidState();

        List<Entry> tampered = new ArrayList<>(ledger.entries);
        Entry e = tampered.get(30);
        tampered.set(
                30,
                new Entry(
                        e.sequence(),
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        "{\"tampered\":true}",
                        e.payloadHash(),
                        e.previousHash(),
                        e.entryHash()));
        Failure incremental = new ChainVerifier(ledger.suite)
                .verify(state, tampered.subList(25, 40).iterator())
                .firstFailure()
                .orElseThrow();
        Failure full = new ChainVerifier(ledger.suite)
                .verify(tampered.iterator())
                .firstFailure()
                .orElseThrow();
        assertEquals(full, incremental);
        assertEquals(30, incremental.sequence());
        assertEquals(Check.PAYLOAD_HASH, incremental.check());
    }

    @Test
    void anInvalidRunLeavesNoStateToResumeFrom() {
        List<Entry> broken = new ArrayList<>(ledger.entries);
        broken.remove(10);
        ChainVerifier v = new ChainVerifier(ledger.suite);
        v.verify(broken.iterator());
        assertNull(v.lastValidState());
    }
}
