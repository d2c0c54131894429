package org.meritledger.rewards.appeal;

import java.util.List;
import java.util.Optional;

/** Stored appeals. */
public interface Appeals {
    Appeal add(Appeal a);

    Optional<Appeal> find(long id);

    /** Locks the appeal until the transaction ends, so two deciders cannot both decide it. */
    Optional<Appeal> lock(long id);

    Optional<Appeal> ofMovement(long movementId);

    /** Pending appeals, oldest first. */
    List<Appeal> pending(int offset, int limit);

    /** Decided appeals, newest first. */
    List<Appeal> decided(int offset, int limit);
}
