package org.meritledger.ledger;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;

/** The hold: engaged by a failed verification, refused writes name it, only a passing run lifts it. */
class IntegrityGuardTest {

    private final IntegrityGuard guard = new IntegrityGuard();
    private final Failure failure = new Failure(7, Check.PAYLOAD_HASH, "aa", "bb", "test");

    @Test
    void writesAreRefusedWithTheHoldMessageUntilReleased() {
        assertDoesNotThrow(() -> guard.requireWritable());
        guard.engage(failure, Instant.parse("2026-11-21T10:00:00Z"));
        AccessDeniedException e = assertThrows(IntegrityHoldException.class, guard::requireWritable);
        assertEquals("error.integrityHold", e.messageKey());
        assertTrue(e.getMessage().contains("PAYLOAD_HASH"), e.getMessage());
        guard.release();
        assertDoesNotThrow(() -> guard.requireWritable());
    }

    @Test
    void aLaterFailureKeepsTheTimeTheHoldBegan() {
        Instant first = Instant.parse("2026-11-21T10:00:00Z");
        guard.engage(failure, first);
        Failure other = new Failure(9, Check.ENTRY_HASH, "cc", "dd", null);
        guard.engage(other, first.plusSeconds(60));
        assertEquals(first, guard.hold().orElseThrow().since());
        assertEquals(other, guard.hold().orElseThrow().failure());
    }
}
