package org.meritledger.rewards.redemption;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stored requests and their steps. Both append-only: there is no update or delete. */
public interface Requests {

    RedemptionRequest add(RedemptionRequest r);

    Optional<RedemptionRequest> find(long id);

    /** Locks the request until the transaction ends, so two deciders (or a decider and the soldier) queue. */
    Optional<RedemptionRequest> lock(long id);

    RedemptionStep addStep(RedemptionStep s);

    /** The request's steps, first to last. */
    List<RedemptionStep> steps(long requestId);

    /** A request with its latest step. */
    record Current(RedemptionRequest request, RedemptionStep latest) {}

    /** A soldier's requests, newest first. */
    List<Current> ofSoldier(long soldierId, int offset, int limit);

    long countOfSoldier(long soldierId);

    /** Requests of soldiers in these units (null: all): pending first, then ready, then the rest; newest first within each. */
    List<Current> queue(Collection<Long> unitIds, int offset, int limit);

    long countQueue(Collection<Long> unitIds);

    /** The soldier's requests of this item made in [from, to) that are neither declined nor cancelled. */
    long countTowardsLimit(long soldierId, long itemId, Instant from, Instant to);

    /** The costs of the soldier's pending and ready requests: the tokens set aside. */
    long held(long soldierId);
}
