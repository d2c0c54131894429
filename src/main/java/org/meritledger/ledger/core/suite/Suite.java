package org.meritledger.ledger.core.suite;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import org.meritledger.ledger.core.Digester;

/**
 * One ledger's hash function and signature scheme, fixed for the ledger's lifetime.
 *
 * <p>Implementations are stateless and thread-safe; the {@link Digester}s they hand out are not.
 * Every suite of this ledger hashes to 32 bytes, so formats can use fixed-size hash fields.
 */
public interface Suite {

    /** Stable identifier written into genesis entries and checkpoints, e.g. {@code ed25519-sha256}. */
    String id();

    /** A fresh, reusable hash computation. */
    Digester newDigester();

    /** Hash output length in bytes: 32 for every suite. */
    default int hashSize() {
        return 32;
    }

    /** Hash of the concatenation of {@code parts}; allocates a digester, so avoid in hot loops. */
    default byte[] hash(byte[]... parts) {
        return newDigester().digest(parts);
    }

    KeyPair generateKeyPair(SecureRandom random);

    default KeyPair generateKeyPair() {
        return generateKeyPair(new SecureRandom());
    }

    /** Signs {@code message} (the scheme hashes it itself). */
    byte[] sign(PrivateKey key, byte[] message);

    /** True only for a valid signature; malformed signatures give false, never an exception. */
    boolean verify(PublicKey key, byte[] message, byte[] signature);

    /**
     * The ledger's canonical public key bytes: raw 32 bytes (RFC 8032) for Ed25519, X.509
     * SubjectPublicKeyInfo DER as Bouncy Castle encodes it for SM2 and GOST.
     *
     * @throws InvalidKeyEncodingException if the key does not belong to this suite
     */
    byte[] encodePublicKey(PublicKey key);

    /**
     * Inverse of {@link #encodePublicKey}; accepts only the canonical encoding of a key of this
     * suite, so one key has exactly one byte form (key ids depend on it).
     *
     * @throws InvalidKeyEncodingException otherwise
     */
    PublicKey decodePublicKey(byte[] encoded);

    /** Reads a PKCS#8 private key of this suite (as {@code PrivateKey.getEncoded()} gives it). */
    PrivateKey decodePrivateKey(byte[] pkcs8);

    /**
     * The C2SP signed-note signature type bytes for keys of this suite: {@code 0x01} for Ed25519,
     * {@code 0xff}-prefixed private identifiers for the others (see ledger-format.md). Returns a
     * fresh copy.
     */
    byte[] noteSignatureType();

    /** JCA signature algorithm name, used to self-sign key store certificates. */
    String jcaSignatureAlgorithm();
}
