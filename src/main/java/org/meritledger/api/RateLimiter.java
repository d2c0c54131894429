package org.meritledger.api;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Requests per key (a credential, a device, a client address) in fixed one-minute windows. Per
 * node and in memory: a limit against runaway clients, not an accounting; with several nodes each
 * allows the limit. Old windows are dropped as keys come back, and all of them when the map grows large.
 */
public final class RateLimiter {

    private record Window(long minute, int count) {}

    private static final int MAX_KEYS = 100_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request; false when the key already made {@code limit} requests this minute. */
    public boolean allow(String key, int limit) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        Window w = windows.compute(
                key,
                (k, old) -> old == null || old.minute() != minute
                        ? new Window(minute, 1)
                        : new Window(minute, old.count() + 1));
        return w.count() <= limit;
    }
}
