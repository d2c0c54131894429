package org.meritledger.rewards.redemption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.meritledger.rewards.catalog.LimitPeriod;

/** The state machine, the limit's calendar window and the order of refusals. */
class RedemptionRulesTest {

    @Test
    void theStateMachine() {
        assertEquals(RequestState.PENDING, RedemptionRules.initial(true));
        assertEquals(RequestState.READY, RedemptionRules.initial(false));
        assertTrue(RedemptionRules.mayMove(RequestState.PENDING, RequestState.READY));
        assertTrue(RedemptionRules.mayMove(RequestState.PENDING, RequestState.DECLINED));
        assertTrue(RedemptionRules.mayMove(RequestState.PENDING, RequestState.CANCELLED));
        assertFalse(RedemptionRules.mayMove(RequestState.PENDING, RequestState.FULFILLED), "approval first");
        assertTrue(RedemptionRules.mayMove(RequestState.READY, RequestState.FULFILLED));
        assertFalse(RedemptionRules.mayMove(RequestState.READY, RequestState.CANCELLED), "only while pending");
        for (RequestState end : List.of(RequestState.FULFILLED, RequestState.DECLINED, RequestState.CANCELLED)) {
            for (RequestState to : RequestState.values()) {
                assertFalse(RedemptionRules.mayMove(end, to), end + " is final");
            }
        }
        assertEquals("rewards.redemption.requested", RedemptionRules.entryType(1, RequestState.READY));
        assertEquals("rewards.redemption.approved", RedemptionRules.entryType(2, RequestState.READY));
        assertEquals("rewards.redemption.declined", RedemptionRules.entryType(2, RequestState.DECLINED));
    }

    @Provide
    Arbitrary<List<RequestState>> walks() {
        return Arbitraries.of(RequestState.values()).list().ofMaxSize(8);
    }

    /** Whatever is attempted, accepted moves keep tokens either held, spent or released: never two of them. */
    @Property(tries = 2000)
    void anyWalkEndsHeldSpentOrReleasedAndReleasesAtMostOnce(
            @ForAll boolean approval, @ForAll("walks") List<RequestState> attempts) {
        RequestState s = RedemptionRules.initial(approval);
        List<RequestState> path = new ArrayList<>(List.of(s));
        for (RequestState to : attempts) {
            if (RedemptionRules.mayMove(s, to)) {
                s = to;
                path.add(s);
            }
        }
        assertTrue(path.size() <= 3, path.toString());
        assertTrue(path.stream().filter(RequestState::released).count() <= 1);
        assertTrue(s.holds() || s.released() || s == RequestState.FULFILLED);
        assertTrue(!path.contains(RequestState.FULFILLED) || !path.contains(RequestState.DECLINED));
        assertTrue(!path.contains(RequestState.CANCELLED) || path.get(path.size() - 2) == RequestState.PENDING);
    }

    @Property(tries = 2000)
    void theWindowContainsTheInstantAndStartsAtAUtcMidnight(
            @ForAll LimitPeriod period,
            @ForAll @IntRange(min = 0, max = 20_000) int days,
            @ForAll @IntRange(min = 0, max = 86_399) int seconds) {
        Instant now = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(days * 86_400L + seconds);
        Instant[] w = RedemptionRules.window(period, now);
        assertFalse(now.isBefore(w[0]));
        assertTrue(now.isBefore(w[1]));
        LocalDateTime start = LocalDateTime.ofInstant(w[0], ZoneOffset.UTC);
        assertEquals(1, start.getDayOfMonth());
        assertEquals(0, start.toLocalTime().toSecondOfDay());
        assertEquals(w[1], RedemptionRules.window(period, w[1]).clone()[0], "the next one starts where it ends");
    }

    @Test
    void theWindowBoundariesAreCalendarOnesInUtc() {
        Instant[] q = RedemptionRules.window(LimitPeriod.QUARTER, Instant.parse("2026-06-30T23:59:59Z"));
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), q[0]);
        assertEquals(Instant.parse("2026-07-01T00:00:00Z"), q[1]);
        Instant[] m = RedemptionRules.window(LimitPeriod.MONTH, Instant.parse("2028-02-29T12:00:00Z"));
        assertEquals(Instant.parse("2028-03-01T00:00:00Z"), m[1]);
        Instant[] y = RedemptionRules.window(LimitPeriod.YEAR, Instant.parse("2027-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), y[0]);
    }

    @Test
    void refusalsComeInOrderAndNameTheAvailableFigure() {
        assertEquals(
                "validation.redemption.discharged",
                RedemptionRules.refusal(false, false, true, 10, 0, 0, 1, 1).key());
        assertEquals(
                "validation.redemption.retired",
                RedemptionRules.refusal(false, false, false, 10, 0, 0, 1, 1).key());
        assertEquals(
                "validation.redemption.notOffered",
                RedemptionRules.refusal(true, false, false, 10, 0, 0, 1, 1).key());
        assertEquals(
                "validation.redemption.outOfStock",
                RedemptionRules.refusal(true, true, false, 10, 0, 0, 1, 1).key());
        assertEquals(
                "validation.redemption.limitReached",
                RedemptionRules.refusal(true, true, false, 10, 0, 1, 1, 1).key());
        RedemptionRules.Refusal poor = RedemptionRules.refusal(true, true, false, 10, 9, 1, 2, 1);
        assertEquals("validation.redemption.notEnough", poor.key());
        assertEquals(List.of(10, 9L), List.of(poor.args()));
        assertNull(RedemptionRules.refusal(true, true, false, 10, 10, null, null, 5), "exactly enough");
    }
}
