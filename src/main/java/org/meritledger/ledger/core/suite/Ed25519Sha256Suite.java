package org.meritledger.ledger.core.suite;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import org.bouncycastle.jcajce.spec.EdDSAParameterSpec;
import org.meritledger.ledger.core.Digester;

/**
 * {@code ed25519-sha256}, the default: SHA-256 (JDK, FIPS 180-4) and Ed25519 (RFC 8032, Bouncy
 * Castle). Public keys are the raw 32-byte RFC 8032 encoding, exactly what C2SP signed notes and
 * {@code golang.org/x/mod/sumdb/note} use, so standard tooling can check our checkpoints.
 */
final class Ed25519Sha256Suite extends JcaSuite {

    /**
     * DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4): SEQUENCE { SEQUENCE { OID
     * 1.3.101.112 }, BIT STRING (0 unused bits) } followed by the 32 raw key bytes.
     */
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    /** Likewise the PKCS#8 prefix of an Ed25519 private key (RFC 8410 §7) before the 32-byte seed. */
    private static final byte[] PKCS8_PREFIX = {
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20
    };

    Ed25519Sha256Suite() {
        super("ed25519-sha256", "Ed25519", "Ed25519", new byte[] {0x01});
    }

    @Override
    AlgorithmParameterSpec keyGenParameters() {
        return new EdDSAParameterSpec(EdDSAParameterSpec.Ed25519);
    }

    @Override
    public Digester newDigester() {
        return JdkDigester.sha256();
    }

    @Override
    public byte[] encodePublicKey(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null
                || spki.length != SPKI_PREFIX.length + 32
                || !Arrays.equals(spki, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new InvalidKeyEncodingException("ed25519-sha256: not an Ed25519 public key: " + key.getAlgorithm());
        }
        return Arrays.copyOfRange(spki, SPKI_PREFIX.length, spki.length);
    }

    @Override
    public PublicKey decodePublicKey(byte[] encoded) {
        if (encoded.length != 32) {
            throw new InvalidKeyEncodingException("ed25519-sha256: public key must be 32 bytes, got " + encoded.length);
        }
        return publicFromSpki(concat(SPKI_PREFIX, encoded));
    }

    /** Builds a private key from a 32-byte RFC 8032 seed (tests use the RFC's known answers). */
    PrivateKey privateKeyFromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new InvalidKeyEncodingException("ed25519-sha256: seed must be 32 bytes");
        }
        return decodePrivateKey(concat(PKCS8_PREFIX, seed));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
