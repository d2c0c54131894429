package org.meritledger.devices;

import java.time.Instant;
import java.util.List;

/** A device as the admin page lists it. */
public record DeviceRow(
        long id,
        String name,
        long unitId,
        String unitPath,
        String range,
        String lane,
        String publicKey,
        String keyId,
        List<String> trainingTypes,
        Instant registeredAt,
        Instant revokedAt,
        Instant lastSubmission,
        long submissions) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
