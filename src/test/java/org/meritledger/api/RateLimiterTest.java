package org.meritledger.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsTheLimitPerKeyAndMinute() {
        HandClock clock = new HandClock();
        RateLimiter limiter = new RateLimiter(clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.allow("a", 3));
        }
        assertFalse(limiter.allow("a", 3), "the fourth request of the minute");
        assertTrue(limiter.allow("b", 3), "another key has its own count");
        clock.now = clock.now.plusSeconds(60);
        assertTrue(limiter.allow("a", 3), "a new minute starts again");
    }
}
