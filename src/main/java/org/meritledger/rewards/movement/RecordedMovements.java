package org.meritledger.rewards.movement;

import java.util.List;

/**
 * The CDI event for movements written together by {@link MovementWriter#writeAll} (one award to
 * a platoon): one event for all of them, so that observers can do their part in one go too.
 * Movements written one at a time fire {@link RecordedMovement} instead; an observer of either
 * must observe both.
 */
public record RecordedMovements(List<RecordedMovement> movements) {

    public RecordedMovements {
        movements = List.copyOf(movements);
    }
}
