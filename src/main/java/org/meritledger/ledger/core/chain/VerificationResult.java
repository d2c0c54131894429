package org.meritledger.ledger.core.chain;

import java.util.Optional;
import org.meritledger.ledger.core.Bytes;

/** Outcome of verifying a chain: either everything held, or the first {@link Failure}. */
public sealed interface VerificationResult {

    /** Entries fully verified before stopping (all of them if valid). */
    long entriesVerified();

    default boolean isValid() {
        return this instanceof Valid;
    }

    default Optional<Failure> firstFailure() {
        return this instanceof Invalid i ? Optional.of(i.failure()) : Optional.empty();
    }

    /** The whole chain verified; {@code rootHash} is the Merkle root over all its entries. */
    record Valid(long entriesVerified, byte[] rootHash, int checkpointsVerified) implements VerificationResult {
        @Override
        public String toString() {
            return "valid: " + entriesVerified + " entries, " + checkpointsVerified + " checkpoints, root "
                    + Bytes.hex(rootHash);
        }
    }

    record Invalid(long entriesVerified, Failure failure) implements VerificationResult {
        @Override
        public String toString() {
            return "INVALID after " + entriesVerified + " good entries: " + failure;
        }
    }
}
