package org.meritledger.devices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registered devices and what they submitted. */
public interface RangeDevices {
    Optional<RangeDevice> find(long id);

    /** Reads and write-locks the row, so a revocation and a submission of one device queue. */
    Optional<RangeDevice> findLocked(long id);

    boolean keyInUse(String publicKey);

    /** Devices of these units ({@code null}: all), newest first. */
    List<RangeDevice> page(java.util.Collection<Long> unitIds, int offset, int limit);

    long count(java.util.Collection<Long> unitIds);

    RangeDevice store(RangeDevice d);

    boolean nonceUsed(long deviceId, String nonce);

    DeviceSubmission store(DeviceSubmission s);

    /** When the device last had a result accepted, or empty. */
    Optional<Instant> lastSubmission(long deviceId);

    long submissions(long deviceId);
}
