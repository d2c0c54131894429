package org.meritledger.training;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every stored version of a standard, and who recorded each one according to the ledger. */
public interface StandardVersions {

    /** Oldest first. */
    List<StoredStandard> versions(String code);

    /**
     * The account that recorded this version's {@code training.standard.version} entry and when;
     * empty account for the system (shipped standards stored at first start).
     */
    Optional<Recorded> recorded(long standardId);

    record Recorded(Long accountId, Instant at) { }
}
