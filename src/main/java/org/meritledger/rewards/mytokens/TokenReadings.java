package org.meritledger.rewards.mytokens;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads behind "My tokens" that the movement repository does not offer. */
public interface TokenReadings {

    /** One movement as the balance chart needs it. */
    record Step(Instant at, long amount) {}

    /** The soldier's movements oldest first (index on soldier and id), as time and signed amount. */
    List<Step> steps(long soldierId);

    /** The ledger entry that recorded the movement. */
    Optional<Long> entryOf(long movementId);
}
