package org.meritledger.devices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Range devices in memory for unit and view tests; ids assigned as the database would. */
public final class MemDevices implements RangeDevices {

    public final List<RangeDevice> devices = new ArrayList<>();
    public final List<DeviceSubmission> submissions = new ArrayList<>();

    private static void assignId(Object entity, long id) {
        try {
            var f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<RangeDevice> find(long id) {
        return devices.stream().filter(d -> d.getId() == id).findFirst();
    }

    @Override
    public Optional<RangeDevice> findLocked(long id) {
        return find(id);
    }

    @Override
    public boolean keyInUse(String publicKey) {
        return devices.stream().anyMatch(d -> d.getPublicKey().equals(publicKey));
    }

    @Override
    public List<RangeDevice> page(Collection<Long> unitIds, int offset, int limit) {
        return devices.stream()
                .filter(d -> unitIds == null || unitIds.contains(d.getUnitId()))
                .sorted(Comparator.comparing(RangeDevice::getId).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long count(Collection<Long> unitIds) {
        return page(unitIds, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public RangeDevice store(RangeDevice d) {
        if (d.getId() == null) {
            assignId(d, devices.size() + 1L);
            devices.add(d);
        }
        return d;
    }

    @Override
    public boolean nonceUsed(long deviceId, String nonce) {
        return submissions.stream()
                .anyMatch(s -> s.getDeviceId() == deviceId && s.getNonce().equals(nonce));
    }

    @Override
    public DeviceSubmission store(DeviceSubmission s) {
        assignId(s, submissions.size() + 1L);
        submissions.add(s);
        return s;
    }

    @Override
    public Optional<Instant> lastSubmission(long deviceId) {
        return submissions.stream()
                .filter(s -> s.getDeviceId() == deviceId)
                .map(DeviceSubmission::getReceivedAt)
                .max(Comparator.naturalOrder());
    }

    @Override
    public long submissions(long deviceId) {
        return submissions.stream().filter(s -> s.getDeviceId() == deviceId).count();
    }
}
