package org.meritledger.rewards.redemption;

/**
 * Where a request stands. PENDING waits for a decision; READY (approved, or needing no approval)
 * waits to be handed over; FULFILLED was handed over; DECLINED and CANCELLED gave the tokens and
 * the stock back. The displayed name comes from {@code redemption.state.<NAME>}.
 */
public enum RequestState {
    PENDING,
    READY,
    FULFILLED,
    DECLINED,
    CANCELLED;

    /** Its tokens are still set aside (held, not yet spent). */
    public boolean holds() {
        return this == PENDING || this == READY;
    }

    /** Its hold was given back by a RELEASE movement. */
    public boolean released() {
        return this == DECLINED || this == CANCELLED;
    }

    /** It counts towards the per-soldier limit and keeps its unit of stock. */
    public boolean counts() {
        return !released();
    }
}
