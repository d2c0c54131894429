package org.meritledger.devices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * The states devices record on the ledger, as RFC 8785 text; the service and the verification
 * mirror both build them here, so they agree byte for byte. No timestamps: the entry's own
 * timestamp says when, and a database's rounding of times must not count as tampering.
 */
public final class DeviceStates {

    private DeviceStates() {}

    /** device:ID */
    public static String device(
            long id,
            String name,
            long unitId,
            String range,
            String lane,
            String publicKey,
            String keyId,
            List<String> trainingTypes,
            long registeredBy,
            boolean revoked) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("unitId", unitId);
        m.put("range", range);
        m.put("lane", lane);
        m.put("publicKey", publicKey);
        m.put("keyId", keyId);
        m.put("trainingTypes", List.copyOf(trainingTypes));
        m.put("registeredBy", registeredBy);
        m.put("revoked", revoked);
        return Jcs.canonicalize(m);
    }

    public static String of(RangeDevice d) {
        return device(
                d.getId(),
                d.getName(),
                d.getUnitId(),
                d.getRangeName(),
                d.getLane(),
                d.getPublicKey(),
                d.getKeyId(),
                d.trainingTypes(),
                d.getRegisteredBy(),
                d.revoked());
    }

    /**
     * device-result:ID. {@code result} is the signed object itself (nested, so its canonical form
     * inside the entry is the very text the device signed: JCS of a member is JCS of the value).
     */
    public static String submission(
            long id,
            long deviceId,
            String keyId,
            String signedBody,
            String signature,
            long soldierId,
            long sessionId,
            long resultId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("deviceId", deviceId);
        m.put("keyId", keyId);
        m.put("result", JsonParser.parse(signedBody));
        m.put("signature", signature);
        m.put("soldierId", soldierId);
        m.put("sessionId", sessionId);
        m.put("resultId", resultId);
        return Jcs.canonicalize(m);
    }

    public static String of(DeviceSubmission s) {
        return submission(
                s.getId(),
                s.getDeviceId(),
                s.getKeyId(),
                s.getSignedBody(),
                s.getSignature(),
                s.getSoldierId(),
                s.getSessionId(),
                s.getResultId());
    }
}
