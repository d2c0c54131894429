package org.meritledger.rewards.movement;

import java.time.Instant;

/**
 * Narrows a soldier's history.
 *
 * @param kind only this kind, or null
 * @param from recorded at or after, or null
 * @param to recorded before, or null
 */
public record HistoryFilter(MovementKind kind, Instant from, Instant to) {
    public static final HistoryFilter NONE = new HistoryFilter(null, null, null);
}
