package org.meritledger.ledger;

import java.time.Instant;
import java.util.Optional;
import org.meritledger.ledger.core.chain.Failure;

/**
 * Outcome of one verification run.
 *
 * @param full whether it started at entry 0 (otherwise at the end of the last valid run)
 * @param from first entry checked
 * @param entries entries in the ledger when it finished (all verified if ok)
 * @param failure the first thing found wrong, or null
 */
public record VerificationReport(
        boolean full, long from, long entries, Failure failure, Instant finishedAt, long millis) {

    public boolean ok() {
        return failure == null;
    }

    public Optional<Failure> firstFailure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        String range = entries > from ? "entries " + from + ".." + (entries - 1) : "no new entries after " + from;
        return (full ? "full" : "incremental") + " verification of " + range + " in " + millis + " ms: "
                + (ok() ? "valid" : failure.toString());
    }
}
