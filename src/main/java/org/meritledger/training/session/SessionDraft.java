package org.meritledger.training.session;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a commander typed to open a session. The time is local to the portal's configured zone.
 *
 * @param participants the soldiers taking part, all from the unit's active roster; null means the
 *                     whole roster (the default)
 */
public record SessionDraft(
        Long standardId,
        Long unitId,
        LocalDateTime startsAt,
        String place,
        String conductingOfficer,
        Set<Long> participants) {

    /** A session for the unit's whole active roster. */
    public SessionDraft(Long standardId, Long unitId, LocalDateTime startsAt, String place, String conductingOfficer) {
        this(standardId, unitId, startsAt, place, conductingOfficer, null);
    }
}
