package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the verification running on this node has got, for the page that shows a progress bar
 * and an estimate of the time left. Written by the verifying thread, read by any UI; one run at a
 * time (verification is synchronized), so plain volatile fields suffice.
 */
@ApplicationScoped
public class VerificationProgress {

    /**
     * @param running whether a verification runs now
     * @param full whether it is a full run
     * @param trigger who or what started it ({@code schedule}, {@code startup} or a user name)
     * @param startedAt when it started
     * @param done entries checked so far
     * @param total entries in the ledger when it started (more may arrive meanwhile)
     * @param eta estimated time left, or null before there is a rate to go by
     */
    public record Snapshot(
            boolean running, boolean full, String trigger, Instant startedAt, long done, long total, Duration eta) {

        public static final Snapshot IDLE = new Snapshot(false, false, null, null, 0, 0, null);

        /** 0 to 1. */
        public double fraction() {
            return total <= 0 ? (running ? 0 : 1) : Math.min(1.0, (double) done / total);
        }
    }

    private final AtomicLong done = new AtomicLong();
    private volatile boolean running;
    private volatile boolean full;
    private volatile String trigger;
    private volatile Instant startedAt;
    private volatile long startNanos;
    private volatile long total;
    private Clock clock = Clock.systemUTC();

    void start(boolean fullRun, String by, long entries) {
        done.set(0);
        full = fullRun;
        trigger = by;
        total = entries;
        startedAt = clock.instant();
        startNanos = System.nanoTime();
        running = true;
    }

    void finish() {
        running = false;
    }

    /** Counts the entries as the verifier takes them. */
    <T> Iterator<T> counting(Iterator<T> entries) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public T next() {
                T t = entries.next();
                done.incrementAndGet();
                return t;
            }
        };
    }

    public Snapshot snapshot() {
        if (!running) {
            return Snapshot.IDLE;
        }
        long d = done.get();
        long t = Math.max(total, d);
        long elapsed = System.nanoTime() - startNanos;
        Duration eta = d == 0 || elapsed <= 0 ? null : Duration.ofNanos((long) ((double) elapsed / d * (t - d)));
        return new Snapshot(true, full, trigger, startedAt, d, t, eta);
    }
}
