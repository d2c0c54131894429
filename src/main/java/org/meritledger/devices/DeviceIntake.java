package org.meritledger.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.meritledger.base.Checks;
import org.meritledger.devices.DeviceRefusedException.Reason;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;

/**
 * Results devices submit. The device authenticates by its signature alone: no account is
 * involved, and the ledger entry names no actor. Checks run in a fixed order and the first that
 * fails refuses the whole submission with nothing recorded: the envelope, the device, its key id,
 * the signature over the canonical JSON of {@code result}, revocation, the result's fields, the
 * training type, the device time against {@link DeviceSettings#timeWindow()}, the soldier (active,
 * in the device's unit or below), and the nonce (a device never uses one twice; a unique
 * constraint holds even when two requests race).
 */
@ApplicationScoped
public class DeviceIntake {

    static final Set<String> FIELDS =
            Set.of("deviceId", "serviceNumber", "trainingType", "hits", "lane", "deviceTime", "nonce", "shots");
    static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    static final int MAX_HITS = 1000;
    static final int MAX_SHOTS = 200;
    static final int MAX_SIGNED = 4000;

    private RangeDevices devices;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private DraftLines lines;
    private IntegrityGuard guard;
    private LedgerAppend ledger;
    private DeviceSettings settings;
    private Clock clock;

    protected DeviceIntake() {}

    @Inject
    public DeviceIntake(
            RangeDevices devices,
            Soldiers soldiers,
            PersonnelScope scope,
            DraftLines lines,
            IntegrityGuard guard,
            LedgerAppend ledger,
            DeviceSettings settings,
            Clock clock) {
        this.devices = devices;
        this.soldiers = soldiers;
        this.scope = scope;
        this.lines = lines;
        this.guard = guard;
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** The fields of a result once checked. */
    private record Result(
            String serviceNumber, String trainingType, int hits, String lane, Instant deviceTime, String nonce) {}

    @Transactional
    public Accepted submit(long deviceId, Map<String, Object> body) {
        Checks envelope = new Checks();
        for (String k : body.keySet()) {
            if (!Set.of("result", "keyId", "signature").contains(k)) {
                envelope.fail(k, "device.submission.unknownField");
            }
        }
        Object resultValue = envelope.required("result", body.get("result"));
        if (resultValue != null && !(resultValue instanceof Map)) {
            envelope.fail("result", "device.submission.notObject");
        }
        String keyId = text(envelope, "keyId", body.get("keyId"), 16);
        String signature = text(envelope, "signature", body.get("signature"), 128);
        envelope.throwIfAny();
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) resultValue;

        RangeDevice device = devices.findLocked(deviceId)
                .orElseThrow(() -> new DeviceRefusedException(Reason.DEVICE_UNKNOWN, "no device " + deviceId));
        if (!device.getKeyId().equals(keyId)) {
            throw new DeviceRefusedException(
                    Reason.DEVICE_KEY_UNKNOWN, "key " + keyId + " is not the key registered for device " + deviceId);
        }
        String canonical = Jcs.canonicalize(result);
        byte[] key = DeviceKeys.parsePublicKey(device.getPublicKey()).orElseThrow();
        if (!DeviceKeys.verify(key, canonical, signature)) {
            throw new DeviceRefusedException(
                    Reason.DEVICE_SIGNATURE_INVALID,
                    "the signature is not the device key's signature of the result's RFC 8785 canonical JSON");
        }
        if (device.revoked()) {
            throw new DeviceRefusedException(Reason.DEVICE_REVOKED, "device " + deviceId + " was revoked");
        }
        Result r = fields(deviceId, result, canonical);
        if (!device.maySubmit(r.trainingType())) {
            throw new DeviceRefusedException(
                    Reason.TRAINING_TYPE_NOT_REGISTERED,
                    "device " + deviceId + " is registered for " + device.trainingTypes() + ", not "
                            + r.trainingType());
        }
        Instant now = clock.instant();
        Duration skew = Duration.between(now, r.deviceTime()).abs();
        if (skew.compareTo(settings.timeWindow()) > 0) {
            throw new DeviceRefusedException(
                    Reason.DEVICE_TIME_OUTSIDE_WINDOW,
                    "device time " + r.deviceTime() + " is " + skew.toSeconds() + " s from the portal's " + now
                            + "; at most " + settings.timeWindow().toSeconds() + " s is accepted");
        }
        Soldier soldier = soldiers.findByServiceNumber(r.serviceNumber())
                .filter(s -> s.getStatus() == SoldierStatus.ACTIVE)
                .filter(s ->
                        scope.tree().subtreeIds(List.of(device.getUnitId())).contains(s.getUnitId()))
                .orElseThrow(() -> new DeviceRefusedException(
                        Reason.SOLDIER_NOT_IN_UNIT,
                        "no active soldier " + r.serviceNumber() + " in the device's unit or below"));
        if (devices.nonceUsed(deviceId, r.nonce())) {
            throw new DeviceRefusedException(Reason.NONCE_REUSED, "nonce " + r.nonce() + " was used before");
        }
        guard.requireWritable();
        DraftLines.Placement at = lines.place(
                device.getUnitId(),
                r.trainingType(),
                soldier.getId(),
                r.deviceTime(),
                r.hits(),
                device.getRegisteredBy(),
                device.getRangeName() + ", lane " + r.lane(),
                device.getName());
        DeviceSubmission stored;
        try {
            stored = devices.store(new DeviceSubmission(
                    deviceId,
                    r.nonce(),
                    keyId,
                    canonical,
                    signature,
                    soldier.getId(),
                    r.trainingType(),
                    r.deviceTime(),
                    now,
                    at.sessionId(),
                    at.resultId()));
        } catch (PersistenceException e) {
            // the unique constraint: the same nonce committed by a concurrent request
            throw new DeviceRefusedException(Reason.NONCE_REUSED, "nonce " + r.nonce() + " was used before");
        }
        lines.markDeviceSigned(at.resultId(), stored.getId());
        long seq = ledger.append("device.result.accepted", "device-result:" + stored.getId(), DeviceStates.of(stored));
        return new Accepted(stored.getId(), at.sessionId(), at.resultId(), seq);
    }

    private static Result fields(long deviceId, Map<String, Object> result, String canonical) {
        Checks c = new Checks();
        for (String k : result.keySet()) {
            if (!FIELDS.contains(k)) {
                c.fail("result." + k, "device.submission.unknownField");
            }
        }
        Object id = c.required("result.deviceId", result.get("deviceId"));
        if (id != null && !(id instanceof Long)) {
            c.fail("result.deviceId", "device.submission.notInteger");
        } else if (id != null && (Long) id != deviceId) {
            c.fail("result.deviceId", "device.submission.deviceMismatch");
        }
        String serviceNumber = text(c, "result.serviceNumber", result.get("serviceNumber"), 20);
        String type = text(c, "result.trainingType", result.get("trainingType"), 64);
        Object hits = c.required("result.hits", result.get("hits"));
        if (hits != null && !(hits instanceof Long)) {
            c.fail("result.hits", "device.submission.notInteger");
        } else if (hits != null && ((Long) hits < 0 || (Long) hits > MAX_HITS)) {
            c.fail("result.hits", "device.submission.hits", MAX_HITS);
        }
        String lane = text(c, "result.lane", result.get("lane"), 16);
        String time = text(c, "result.deviceTime", result.get("deviceTime"), 40);
        Instant deviceTime = null;
        if (time != null && !time.isEmpty()) {
            try {
                deviceTime = Instant.parse(time);
            } catch (DateTimeParseException e) {
                c.fail("result.deviceTime", "device.submission.time");
            }
        }
        String nonce = text(c, "result.nonce", result.get("nonce"), 64);
        if (nonce != null && !nonce.isEmpty() && !NONCE.matcher(nonce).matches()) {
            c.fail("result.nonce", "device.submission.nonce");
        }
        Object shots = result.get("shots");
        if (shots != null
                && (!(shots instanceof List<?> l)
                        || l.size() > MAX_SHOTS
                        || l.stream().anyMatch(s -> !(s instanceof Map)))) {
            c.fail("result.shots", "device.submission.shots", MAX_SHOTS);
        }
        if (canonical.length() > MAX_SIGNED) {
            c.fail("result", "validation.tooLong", MAX_SIGNED);
        }
        c.throwIfAny();
        return new Result(serviceNumber, type, ((Long) hits).intValue(), lane, deviceTime, nonce);
    }

    /** A required text member: not text is its own message, so a client sees a wrong type as such. */
    private static String text(Checks c, String field, Object value, int max) {
        if (value != null && !(value instanceof String)) {
            c.fail(field, "device.submission.notText");
            return null;
        }
        return c.text(field, (String) value, max);
    }
}
