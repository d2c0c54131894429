package org.meritledger.ledger.core.chain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.meritledger.ledger.core.suite.Suite;

/**
 * Digests entries ({@link Digested}) on an executor's threads, batch by batch, and hands them on
 * in their original order: the canonical check and the two hashes of each entry are independent
 * of every other entry, so only the comparison with the chain (links, Merkle tree, checkpoints)
 * has to stay on one thread. A bounded number of batches is in flight, so memory stays flat.
 *
 * <p>The source is read on the consuming thread (put a prefetching iterator in front of a slow
 * source). A failure inside a batch surfaces on the consuming thread when that batch is reached.
 * Not thread-safe on the consuming side.
 */
public final class ParallelDigests implements Iterator<Digested> {

    private static final int BATCH = 256;

    private final Iterator<? extends Entry> source;
    private final Suite suite;
    private final boolean checkCanonical;
    private final Executor executor;
    private final int inFlight;
    private final int batchSize;
    private final Deque<CompletableFuture<List<Digested>>> pending = new ArrayDeque<>();
    private List<Digested> current = List.of();
    private int at;

    /**
     * @param inFlight batches being digested at once (at least 1; about twice the number of
     *     threads keeps them busy while the consumer works)
     */
    public ParallelDigests(
            Iterator<? extends Entry> source, Suite suite, boolean checkCanonical, Executor executor, int inFlight) {
        this(source, suite, checkCanonical, executor, inFlight, BATCH);
    }

    /** With batches of {@code batchSize} entries (tests use small ones to cross batch borders). */
    ParallelDigests(
            Iterator<? extends Entry> source,
            Suite suite,
            boolean checkCanonical,
            Executor executor,
            int inFlight,
            int batchSize) {
        this.batchSize = Math.max(1, batchSize);
        this.source = source;
        this.suite = suite;
        this.checkCanonical = checkCanonical;
        this.executor = executor;
        this.inFlight = Math.max(1, inFlight);
    }

    @Override
    public boolean hasNext() {
        if (at < current.size()) {
            return true;
        }
        fill();
        if (pending.isEmpty()) {
            return false;
        }
        try {
            current = pending.removeFirst().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        at = 0;
        fill(); // keep the workers busy while this batch is consumed
        return at < current.size();
    }

    @Override
    public Digested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(at++);
    }

    private void fill() {
        while (pending.size() < inFlight && source.hasNext()) {
            List<Entry> batch = new ArrayList<>(batchSize);
            while (batch.size() < batchSize && source.hasNext()) {
                batch.add(source.next());
            }
            pending.addLast(CompletableFuture.supplyAsync(() -> digest(batch), executor));
        }
    }

    private List<Digested> digest(List<Entry> batch) {
        EntryCodec codec = new EntryCodec(suite); // not thread-safe: one per batch
        List<Digested> out = new ArrayList<>(batch.size());
        for (Entry e : batch) {
            out.add(Digested.of(codec, e, checkCanonical));
        }
        return out;
    }
}
