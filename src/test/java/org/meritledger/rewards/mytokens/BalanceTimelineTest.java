package org.meritledger.rewards.mytokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceTimelineTest {

    private static TokenReadings.Step s(String at, long amount) {
        return new TokenReadings.Step(Instant.parse(at), amount);
    }

    @Test
    void theBalanceAtTheEndOfEachDayWithMovements() {
        BalanceTimeline t = BalanceTimeline.of(
                List.of(s("2026-11-01T08:00:00Z", 10), s("2026-11-01T17:00:00Z", -3), s("2026-11-04T09:00:00Z", 5)),
                ZoneOffset.UTC);
        assertFalse(t.monthly());
        assertEquals(List.of("2026-11-01", "2026-11-04"), t.labels());
        assertEquals(List.of(7L, 12L), t.balances());
    }

    @Test
    void manyDaysFoldIntoMonths() {
        List<TokenReadings.Step> steps = new ArrayList<>();
        Instant day = Instant.parse("2026-01-01T12:00:00Z");
        for (int i = 0; i < 120; i++) {
            steps.add(new TokenReadings.Step(day.plusSeconds(86400L * i), 1));
        }
        BalanceTimeline t = BalanceTimeline.of(steps, ZoneOffset.UTC);
        assertTrue(t.monthly());
        assertEquals(List.of("2026-01", "2026-02", "2026-03", "2026-04"), t.labels());
        assertEquals(31L, t.balances().get(0));
        assertEquals(120L, t.balances().get(3));
    }

    @Test
    void noMovementsNoPoints() {
        assertTrue(BalanceTimeline.of(List.of(), ZoneOffset.UTC).isEmpty());
    }
}
