package org.meritledger.ledger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Reads a source iterator on another thread, in batches, while the caller consumes: verification
 * spends about half its time decoding database rows and half hashing, so on two cores the two
 * overlap. The source is only touched by the reading thread until it reports the end.
 */
public final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    private static final int BATCH = 1024;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    private record End(RuntimeException failure) {}

    public Prefetch(Iterator<T> source, Executor executor) {
        executor.execute(() -> {
            Object last = new End(null);
            try {
                List<T> batch = new ArrayList<>(BATCH);
                while (!closed && source.hasNext()) {
                    batch.add(source.next());
                    if (batch.size() == BATCH) {
                        put(batch, false);
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty()) {
                    put(batch, false);
                }
            } catch (RuntimeException e) {
                last = new End(e);
            } finally {
                put(last, true); // always delivered: a closing consumer drains until it sees it
            }
        });
    }

    /** Waits for room; a batch is dropped once the consumer has closed, the end marker never is. */
    private void put(Object o, boolean always) {
        try {
            while (!queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                if (closed && !always) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ledger entries", e);
            }
            if (next instanceof End end) {
                ended = true;
                if (end.failure() != null) {
                    throw end.failure();
                }
                return false;
            }
            current = ((List<T>) next).iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reading thread (e.g. when verification stopped at a failure) and waits until it let go of the source. */
    @Override
    public void close() {
        closed = true;
        try {
            while (!ended) {
                if (queue.poll(100, TimeUnit.MILLISECONDS) instanceof End) {
                    ended = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
