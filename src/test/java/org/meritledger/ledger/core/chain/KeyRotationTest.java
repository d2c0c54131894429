package org.meritledger.ledger.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/** Key rotation: each checkpoint is checked against the key the chain says was in effect at its size. */
class KeyRotationTest {

    final Suite suite = Suites.ED25519_SHA256;
    final TestLedger ledger = TestLedger.of(suite, 6); // entries 0..5
    final NoteSigner next = new NoteSigner(TestLedger.ORIGIN, suite, suite.generateKeyPair());

    KeyRotationTest() {
        ledger.entries.add(ledger.appender.rotateKey(
                TestLedger.T0.plusSeconds(6), 1L, "admin", TestLedger.ORIGIN, ledger.key, next));
        ledger.grow(12);
    }

    VerificationResult verify(List<Entry> entries, String... cps) throws Exception {
        ChainVerifier v = new ChainVerifier(suite);
        for (String cp : cps) {
            v.signedCheckpoint(cp);
        }
        return v.verify(entries.iterator());
    }

    @Test
    void oldCheckpointsKeepVerifyingWithTheOldKey() throws Exception {
        VerificationResult r = verify(
                ledger.entries,
                ledger.signedCheckpoint(3, ledger.key),
                ledger.signedCheckpoint(6, ledger.key), // entries 0..5: before the rotation
                ledger.signedCheckpoint(7, next), // includes the rotation entry: new key
                ledger.signedCheckpoint(12, next));
        assertTrue(r.isValid(), r.toString());
        assertEquals(4, ((VerificationResult.Valid) r).checkpointsVerified());
    }

    @Test
    void oldKeyAfterRotationIsRejected() throws Exception {
        Failure f = verify(ledger.entries, ledger.signedCheckpoint(7, ledger.key))
                .firstFailure()
                .orElseThrow();
        assertEquals(Check.CHECKPOINT_SIGNATURE, f.check());
        assertEquals(6, f.sequence());
    }

    @Test
    void newKeyBeforeRotationIsRejected() throws Exception {
        Failure f = verify(ledger.entries, ledger.signedCheckpoint(6, next))
                .firstFailure()
                .orElseThrow();
        assertEquals(Check.CHECKPOINT_SIGNATURE, f.check());
        assertEquals(5, f.sequence());
    }

    @Test
    void rotationNotAuthorisedByCurrentKeyIsRejected() throws Exception {
        NoteSigner thief = new NoteSigner(TestLedger.ORIGIN, suite, suite.generateKeyPair());
        List<Entry> list = new ArrayList<>(ledger.entries.subList(0, 6));
        ChainAppender a = ChainAppender.resume(suite, list.get(5));
        list.add(a.rotateKey(TestLedger.T0.plusSeconds(6), 1L, "admin", TestLedger.ORIGIN, thief, next));
        Failure f = verify(list).firstFailure().orElseThrow();
        assertEquals(Check.KEY_ROTATION, f.check());
        assertEquals(6, f.sequence());
    }

    @Test
    void rotationStatementCannotBeReplayedAtAnotherPosition() {
        String payload = ledger.entries.get(6).payload();
        assertThrows(
                IllegalArgumentException.class,
                () -> KeyRotation.verify(payload, TestLedger.ORIGIN, 7, ledger.key.verifier()));
        assertEquals(next.verifier(), KeyRotation.verify(payload, TestLedger.ORIGIN, 6, ledger.key.verifier()));
    }
}
