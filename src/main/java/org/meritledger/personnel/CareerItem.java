package org.meritledger.personnel;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A career event as the service record shows it: the event, unit paths resolved for transfers,
 * and who recorded it when.
 */
public record CareerItem(long id, long soldierId, CareerEvent event, String fromUnitPath, String toUnitPath,
                         String recordedBy, Instant recordedAt) {

    public CareerKind kind() {
        return event.kind();
    }

    public LocalDate effectiveOn() {
        return event.effectiveOn();
    }
}
