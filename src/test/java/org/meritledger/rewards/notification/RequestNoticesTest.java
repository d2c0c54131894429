package org.meritledger.rewards.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.meritledger.rewards.redemption.RedemptionStep;
import org.meritledger.rewards.redemption.RequestChanged;
import org.meritledger.rewards.redemption.RequestState;

class RequestNoticesTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aDeclineTellsTheReasonAndTheTokensGivenBack() {
        NewNotice n = RequestNotices.notice(
                new RequestChanged(7, 3, "DECLINED", 2),
                "Weekend pass",
                60,
                new RedemptionStep(7, 2, RequestState.DECLINED, "Exercise that weekend", 99L, 5L, T, 120));
        assertEquals("REQUEST_DECLINED", n.kind());
        assertEquals(60L, n.amount());
        assertEquals("Weekend pass · Exercise that weekend", n.detail());
        assertEquals("redemption-request:7", n.subject());
        assertEquals(120L, n.ledgerSeq());
        assertEquals(3, n.soldierId());
    }

    @Test
    void readyAndHandedOverNameTheItemWithoutAnAmount() {
        NewNotice n = RequestNotices.notice(
                new RequestChanged(8, 3, "READY", 2),
                "Unit coin",
                25,
                new RedemptionStep(8, 2, RequestState.READY, null, null, 5L, T, 130));
        assertEquals("REQUEST_READY", n.kind());
        assertNull(n.amount());
        assertEquals("Unit coin", n.detail());
    }
}
