package org.meritledger.career;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A career event as the service record shows it: the event, unit paths resolved for transfers,
 * who recorded it when, and whether a later withdrawal withdrew it.
 */
public record CareerItem(
        long id,
        long soldierId,
        CareerEvent event,
        String fromUnitPath,
        String toUnitPath,
        String recordedBy,
        Instant recordedAt,
        boolean withdrawn) {

    public CareerKind kind() {
        return event.kind();
    }

    public LocalDate effectiveOn() {
        return event.effectiveOn();
    }
}
