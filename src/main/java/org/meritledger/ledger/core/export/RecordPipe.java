package org.meritledger.ledger.core.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Reads export lines on a thread of its own and parses them on an executor's threads, in
 * batches, handing the records on in file order while the caller verifies: the JSON parse of a
 * line costs more than hashing its entry, and lines are independent of each other, so every core
 * can parse. At most a few batches are in flight, so memory stays bounded. Not thread-safe on
 * the consuming side.
 */
final class RecordPipe implements AutoCloseable {

    private static final int BATCH = 256;
    private static final Object EOF = new Object();

    private final BlockingQueue<CompletableFuture<List<Object>>> queue;
    private final Executor parsers;
    private final Thread thread;
    private volatile boolean closed;
    private List<Object> batch = List.of();
    private int at;
    private boolean finished;

    /** @param inFlight batches read ahead and parsing at once */
    RecordPipe(BufferedReader in, Executor parsers, int inFlight) {
        this.parsers = parsers;
        this.queue = new ArrayBlockingQueue<>(Math.max(1, inFlight));
        thread = new Thread(() -> produce(in), "export-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(BufferedReader in) {
        List<String> lines = new ArrayList<>(BATCH);
        long line = 0;
        long first = 1;
        try {
            String s;
            while (!closed && (s = in.readLine()) != null) {
                line++;
                lines.add(s);
                if (lines.size() == BATCH) {
                    submit(lines, first, false);
                    lines = new ArrayList<>(BATCH);
                    first = line + 1;
                }
            }
            submit(lines, first, true);
        } catch (IOException e) {
            put(CompletableFuture.completedFuture(List.of(new java.io.UncheckedIOException(e))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(List<String> lines, long firstLine, boolean last) throws InterruptedException {
        queue.put(CompletableFuture.supplyAsync(() -> parse(lines, firstLine, last), parsers));
    }

    private void put(CompletableFuture<List<Object>> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Object> parse(List<String> lines, long firstLine, boolean last) {
        List<Object> out = new ArrayList<>(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            try {
                out.add(ExportReader.parse(lines.get(i), firstLine + i));
            } catch (RuntimeException e) {
                out.add(e);
                return out; // the consumer stops at the first bad line
            }
        }
        if (last) {
            out.add(EOF);
        }
        return out;
    }

    /** The next record, null at the end of input; rethrows a parse or read failure where it occurred. */
    ExportRecord next() {
        if (finished) {
            return null;
        }
        while (at == batch.size()) {
            try {
                batch = queue.take().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the export", e);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            at = 0;
        }
        Object o = batch.get(at++);
        if (o == EOF) {
            finished = true;
            return null;
        }
        if (o instanceof RuntimeException e) {
            finished = true;
            throw e;
        }
        return (ExportRecord) o;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
