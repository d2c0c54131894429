package org.meritledger.devices;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.meritledger.ledger.core.Bytes;

/**
 * Device keys and signatures, with no framework in sight (the simulator and any offline checker
 * use the same code). A key is the 32 raw bytes of an Ed25519 public key, written in base64; its
 * key id is the hex of the first 8 bytes of SHA-256 over those bytes. A signature is Ed25519
 * (RFC 8032, pure) over the UTF-8 bytes of the result's RFC 8785 canonical JSON.
 */
public final class DeviceKeys {

    private DeviceKeys() {}

    /** The raw key, or empty if the text is not base64 of exactly 32 bytes. */
    public static Optional<byte[]> parsePublicKey(String base64) {
        if (base64 == null) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getDecoder().decode(base64.strip());
            return raw.length == Ed25519PublicKeyParameters.KEY_SIZE ? Optional.of(raw) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String keyId(byte[] rawPublicKey) {
        try {
            return Bytes.hex(Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(rawPublicKey), 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signatureBase64} is the key's Ed25519 signature of {@code canonicalJson}. */
    public static boolean verify(byte[] rawPublicKey, String canonicalJson, String signatureBase64) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(signatureBase64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (sig.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return false;
        }
        try {
            Ed25519Signer verifier = new Ed25519Signer();
            verifier.init(false, new Ed25519PublicKeyParameters(rawPublicKey, 0));
            byte[] msg = canonicalJson.getBytes(StandardCharsets.UTF_8);
            verifier.update(msg, 0, msg.length);
            return verifier.verifySignature(sig);
        } catch (IllegalArgumentException e) {
            return false; // a point that is not on the curve
        }
    }
}
