package org.meritledger.ledger.core.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses export lines on a second thread, in batches, while the caller verifies: the
 * JSON parse of a line costs about as much as hashing the entry, so on two cores the two overlap
 * (the portal's own verification overlaps database decoding the same way). At most a few batches
 * are buffered, so memory stays bounded. Not thread-safe on the consuming side.
 */
final class RecordPipe implements AutoCloseable {

    private static final int BATCH = 512;
    private static final Object EOF = new Object();

    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private List<Object> batch = List.of();
    private int at;
    private boolean finished;

    RecordPipe(BufferedReader in) {
        thread = new Thread(() -> produce(in), "export-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(BufferedReader in) {
        List<Object> out = new ArrayList<>(BATCH);
        long line = 0;
        try {
            String s;
            while (!closed && (s = in.readLine()) != null) {
                line++;
                try {
                    out.add(ExportReader.parse(s, line));
                } catch (RuntimeException e) {
                    out.add(e);
                    break; // the consumer stops at the first bad line
                }
                if (out.size() == BATCH) {
                    queue.put(out);
                    out = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException e) {
            out.add(new java.io.UncheckedIOException(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        out.add(EOF);
        try {
            queue.put(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next record, null at the end of input; rethrows a parse or read failure where it occurred. */
    ExportRecord next() {
        if (finished) {
            return null;
        }
        if (at == batch.size()) {
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the export", e);
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
