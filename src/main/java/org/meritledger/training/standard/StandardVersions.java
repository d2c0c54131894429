package org.meritledger.training.standard;

import java.util.List;
import java.util.Optional;

/** Every stored version of a standard, and who recorded each one according to the ledger. */
public interface StandardVersions {

    /** Oldest first. */
    List<StoredStandard> versions(String code);

    /**
     * The account that recorded this version's {@code training.standard.version} entry (its actor);
     * empty for the system (shipped standards stored at first start).
     */
    Optional<Long> recordedBy(long standardId);
}
