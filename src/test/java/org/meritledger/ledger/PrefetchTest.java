package org.meritledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Prefetching must hand over every item in order, pass on the source's failure, and stop cleanly early. */
class PrefetchTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyItemInOrderAcrossBatchBoundaries() {
        for (int n : new int[] {0, 1, 1023, 1024, 1025, 50_000}) {
            List<Long> out = new ArrayList<>();
            try (Prefetch<Long> p =
                    new Prefetch<>(LongStream.range(0, n).boxed().iterator(), executor)) {
                p.forEachRemaining(out::add);
                assertFalse(p.hasNext());
            }
            assertEquals(LongStream.range(0, n).boxed().toList(), out);
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheConsumer() {
        Iterator<Long> failing = new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Long next() {
                if (i == 3000) {
                    throw new IllegalStateException("database gone");
                }
                return i++;
            }
        };
        try (Prefetch<Long> p = new Prefetch<>(failing, executor)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.forEachRemaining(x -> {}));
            assertEquals("database gone", e.getMessage());
        }
    }

    @Test
    void closingEarlyStopsTheReaderEvenWhenTheQueueIsFull() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Prefetch<Long> p =
                    new Prefetch<>(LongStream.iterate(0, i -> i + 1).boxed().iterator(), executor);
            assertEquals(0L, p.next());
            Thread.sleep(200); // let the reader fill the queue and block
            p.close();
        });
    }
}
