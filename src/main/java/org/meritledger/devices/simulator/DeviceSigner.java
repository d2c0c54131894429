package org.meritledger.devices.simulator;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.meritledger.devices.DeviceKeys;
import org.meritledger.ledger.core.jcs.Jcs;

/** A device's key and how it signs a result: Ed25519 over the result's RFC 8785 canonical JSON. */
public final class DeviceSigner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Ed25519PrivateKeyParameters key;

    public DeviceSigner(byte[] seed) {
        this.key = new Ed25519PrivateKeyParameters(seed, 0);
    }

    public static DeviceSigner generate() {
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        RANDOM.nextBytes(seed);
        return new DeviceSigner(seed);
    }

    public byte[] seed() {
        return key.getEncoded();
    }

    /** Base64 of the 32 raw public key bytes: what an administrator registers. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(key.generatePublicKey().getEncoded());
    }

    public String keyId() {
        return DeviceKeys.keyId(key.generatePublicKey().getEncoded());
    }

    public String sign(String canonicalJson) {
        Ed25519Signer s = new Ed25519Signer();
        s.init(true, key);
        byte[] msg = canonicalJson.getBytes(StandardCharsets.UTF_8);
        s.update(msg, 0, msg.length);
        return Base64.getEncoder().encodeToString(s.generateSignature());
    }

    public static String newNonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** The result object a device sends (the members it signs). */
    public static Map<String, Object> result(
            long deviceId,
            String serviceNumber,
            String trainingType,
            int hits,
            String lane,
            Instant time,
            String nonce) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("deviceId", deviceId);
        r.put("serviceNumber", serviceNumber);
        r.put("trainingType", trainingType);
        r.put("hits", (long) hits);
        r.put("lane", lane);
        r.put("deviceTime", time.toString());
        r.put("nonce", nonce);
        return r;
    }

    /** The request body: the result, the key id and the signature of the result's canonical JSON. */
    public String envelope(Map<String, Object> result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", result);
        body.put("keyId", keyId());
        body.put("signature", sign(Jcs.canonicalize(result)));
        return Jcs.canonicalize(body);
    }
}
