package org.meritledger.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * In service tests only: the application's clock, moved forward for one block on the calling
 * thread, so a rule that depends on elapsed time (the appeal window) can be tried without
 * waiting. Other threads, and this one outside the block, see the real time, so ledger
 * timestamps written by anything else stay in order.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

    private static final ThreadLocal<Duration> SHIFT = new ThreadLocal<>();

    public static <T> T later(Duration by, Supplier<T> work) {
        SHIFT.set(by);
        try {
            return work.get();
        } finally {
            SHIFT.remove();
        }
    }

    @Produces
    Clock clock() {
        return new Shifted();
    }

    private static final class Shifted extends Clock {
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
            Duration by = SHIFT.get();
            return by == null ? Instant.now() : Instant.now().plus(by);
        }
    }
}
