package org.meritledger.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.devices.simulator.DeviceSigner;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

class DeviceKeysTest {

    // RFC 8032 section 7.1, TEST 1: secret key, public key and the signature of the empty message
    static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    static final String SIGNATURE = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065"
            + "224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    static String b64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }

    @Test
    void signsAndVerifiesTheRfc8032Vector() {
        DeviceSigner signer = new DeviceSigner(HexFormat.of().parseHex(SEED));
        assertEquals(b64(PUBLIC), signer.publicKey());
        assertEquals(b64(SIGNATURE), signer.sign(""));
        assertTrue(DeviceKeys.verify(HexFormat.of().parseHex(PUBLIC), "", b64(SIGNATURE)));
        assertFalse(DeviceKeys.verify(HexFormat.of().parseHex(PUBLIC), " ", b64(SIGNATURE)));
    }

    @Test
    void keyParsingAndKeyIds() {
        assertTrue(DeviceKeys.parsePublicKey(b64(PUBLIC)).isPresent());
        assertTrue(DeviceKeys.parsePublicKey(b64(PUBLIC.substring(2))).isEmpty(), "31 bytes");
        assertTrue(DeviceKeys.parsePublicKey("not base64!").isEmpty());
        assertTrue(DeviceKeys.parsePublicKey(null).isEmpty());
        String id = DeviceKeys.keyId(HexFormat.of().parseHex(PUBLIC));
        assertTrue(id.matches("[0-9a-f]{16}"), id);
        assertFalse(DeviceKeys.verify(HexFormat.of().parseHex(PUBLIC), "", "not base64!"));
        assertFalse(DeviceKeys.verify(HexFormat.of().parseHex(PUBLIC), "", b64("00")), "short signature");
    }

    @Test
    void theEntryCarriesExactlyTheSignedText() {
        DeviceSigner signer = DeviceSigner.generate();
        Map<String, Object> result = DeviceSigner.result(
                7,
                "MR-100003",
                "rifle-qualification",
                31,
                "4",
                java.time.Instant.parse("2026-12-02T09:30:00Z"),
                "n0nce-0123456789ab");
        String signed = Jcs.canonicalize(result);
        String sig = signer.sign(signed);
        String state = DeviceStates.submission(1, 7, signer.keyId(), signed, sig, 3, 4, 5);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) JsonParser.parse(state);
        String again = Jcs.canonicalize(payload.get("result"));
        assertEquals(signed, again);
        byte[] key = DeviceKeys.parsePublicKey(signer.publicKey()).orElseThrow();
        assertTrue(DeviceKeys.verify(key, again, (String) payload.get("signature")));
    }

    @Test
    void theSimulatorsBadSignatureChangesOneByte() {
        DeviceSigner signer = DeviceSigner.generate();
        Map<String, Object> result = DeviceSigner.result(
                7, "MR-100003", "rifle-qualification", 31, "4", java.time.Instant.now(), DeviceSigner.newNonce());
        String body = signer.envelope(result);
        String bad = org.meritledger.devices.simulator.Main.changeOneByte(body, (String) result.get("nonce"));
        assertEquals(body.length(), bad.length());
        int diff = 0;
        for (int i = 0; i < body.length(); i++) {
            diff += body.charAt(i) == bad.charAt(i) ? 0 : 1;
        }
        assertEquals(1, diff);
    }
}
