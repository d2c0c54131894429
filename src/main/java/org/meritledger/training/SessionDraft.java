package org.meritledger.training;

import java.time.LocalDateTime;

/** What a commander typed to open a session. The time is local to the portal's configured zone. */
public record SessionDraft(Long standardId, Long unitId, LocalDateTime startsAt, String place, String conductingOfficer) {
}
