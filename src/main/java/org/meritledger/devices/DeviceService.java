package org.meritledger.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.meritledger.base.Checks;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Administrators register and revoke range devices (each a ledger entry in the same transaction)
 * and, with auditors, list them with their last submission.
 */
@ApplicationScoped
@Transactional
public class DeviceService {

    private RangeDevices devices;
    private DraftLines lines;
    private PersonnelScope scope;
    private CallerProvider callers;
    private IntegrityGuard guard;
    private LedgerAppend ledger;
    private Clock clock;

    protected DeviceService() {}

    @Inject
    public DeviceService(
            RangeDevices devices,
            DraftLines lines,
            PersonnelScope scope,
            CallerProvider callers,
            IntegrityGuard guard,
            LedgerAppend ledger,
            Clock clock) {
        this.devices = devices;
        this.lines = lines;
        this.scope = scope;
        this.callers = callers;
        this.guard = guard;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The training types a device may be registered for: those graded by hits. */
    public List<String> trainingTypeChoices() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        return lines.hitTrainingTypes();
    }

    public DeviceRow register(DeviceDraft d) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        guard.requireWritable();
        UnitTree tree = scope.tree();
        Checks checks = new Checks();
        String name = checks.text("name", d.name(), 80);
        if (checks.required("unitId", d.unitId()) != null
                && (!tree.contains(d.unitId()) || !tree.get(d.unitId()).isActive())) {
            checks.fail("unitId", "validation.unit.unknown");
        }
        String range = checks.text("range", d.range(), 80);
        String lane = checks.text("lane", d.lane(), 16);
        String key = checks.text("publicKey", d.publicKey(), 64);
        byte[] raw = DeviceKeys.parsePublicKey(key).orElse(null);
        if (checks.ok("publicKey") && raw == null) {
            checks.fail("publicKey", "device.publicKey.invalid");
        }
        String normalKey = raw == null ? key : Base64.getEncoder().encodeToString(raw);
        if (raw != null && devices.keyInUse(normalKey)) {
            checks.fail("publicKey", "device.publicKey.taken");
        }
        List<String> types = d.trainingTypes() == null ? List.of() : List.copyOf(Set.copyOf(d.trainingTypes()));
        if (types.isEmpty()) {
            checks.fail("trainingTypes", "validation.required");
        }
        List<String> allowed = lines.hitTrainingTypes();
        for (String t : types) {
            if (!allowed.contains(t)) {
                checks.fail("trainingTypes", "device.trainingType.notHits", t);
            }
        }
        checks.throwIfAny();
        RangeDevice device = devices.store(new RangeDevice(
                name,
                d.unitId(),
                range,
                lane,
                normalKey,
                DeviceKeys.keyId(raw),
                types,
                caller.accountId(),
                clock.instant()));
        ledger.append("device.registered", "device:" + device.getId(), DeviceStates.of(device));
        return row(tree, device);
    }

    public DeviceRow revoke(long id) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        guard.requireWritable();
        RangeDevice device = devices.findLocked(id).orElseThrow(() -> new NotFoundException("device " + id));
        if (device.revoked()) {
            throw new InvalidInputException(null, "device.revoked.already");
        }
        device.revoke(clock.instant());
        devices.store(device);
        ledger.append("device.revoked", "device:" + device.getId(), DeviceStates.of(device));
        return row(scope.tree(), device);
    }

    public List<DeviceRow> page(int offset, int limit) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        UnitTree tree = scope.tree();
        List<DeviceRow> out = new ArrayList<>();
        for (RangeDevice d : devices.page(null, offset, limit)) {
            out.add(row(tree, d));
        }
        return out;
    }

    public long count() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        return devices.count(null);
    }

    private DeviceRow row(UnitTree tree, RangeDevice d) {
        return new DeviceRow(
                d.getId(),
                d.getName(),
                d.getUnitId(),
                tree.contains(d.getUnitId()) ? tree.path(d.getUnitId()) : "?",
                d.getRangeName(),
                d.getLane(),
                d.getPublicKey(),
                d.getKeyId(),
                d.trainingTypes(),
                d.getRegisteredAt(),
                d.getRevokedAt(),
                devices.lastSubmission(d.getId()).orElse(null),
                devices.submissions(d.getId()));
    }
}
