package org.meritledger.rewards.redemption;

/**
 * Fired (synchronously, in the transaction that made it) for every new state of a request, the
 * first included, so e.g. notifications can observe redemption without it knowing them.
 *
 * @param state the {@link RequestState} name
 */
public record RequestChanged(long requestId, long soldierId, String state, long itemId) {}
