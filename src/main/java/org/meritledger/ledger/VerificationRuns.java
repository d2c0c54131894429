package org.meritledger.ledger;

import java.time.Instant;
import java.util.List;

/**
 * The history of verification runs: every full run (scheduled, at start-up or asked for by a
 * person) and every run that found something. Passing incremental runs (one a minute) are not
 * kept; the newest one shows as the last verification.
 */
public interface VerificationRuns {

    /**
     * @param startedAt when it started
     * @param finishedAt when it finished
     * @param full full or incremental
     * @param trigger {@code schedule}, {@code startup}, {@code sweep} or the user name that asked
     * @param entries entries checked
     * @param ok whether everything verified
     * @param failureSeq the first failure's entry, or null
     * @param failure the first failure in words, or null
     * @param millis duration
     */
    record Run(
            Instant startedAt,
            Instant finishedAt,
            boolean full,
            String trigger,
            long entries,
            boolean ok,
            Long failureSeq,
            String failure,
            long millis) {

        /** Entries per second, or 0 for a run too short to tell. */
        public long entriesPerSecond() {
            return millis <= 0 ? 0 : entries * 1000 / millis;
        }
    }

    void record(Run run);

    /** Newest first. */
    List<Run> page(int offset, int limit);

    long count();
}
