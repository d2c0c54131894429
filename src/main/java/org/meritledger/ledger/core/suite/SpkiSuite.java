package org.meritledger.ledger.core.suite;

import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Suites whose public keys are encoded as X.509 SubjectPublicKeyInfo DER (SM2, GOST).
 *
 * <p>The DER is normalised through Bouncy Castle and must name this suite's algorithm and curve:
 * an SPKI is self-describing, and without the check a NIST P-256 key could pass as an SM2 key.
 */
abstract class SpkiSuite extends JcaSuite {

    SpkiSuite(String id, String keyAlgorithm, String signatureAlgorithm, byte[] noteType) {
        super(id, keyAlgorithm, signatureAlgorithm, noteType);
    }

    /** True if the SPKI algorithm identifier is this suite's algorithm and parameters. */
    abstract boolean acceptsAlgorithm(AlgorithmIdentifier algorithm);

    @Override
    public byte[] encodePublicKey(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null) {
            throw new InvalidKeyEncodingException(id() + ": key has no encoding: " + key.getAlgorithm());
        }
        checkAlgorithm(spki);
        return publicFromSpki(spki).getEncoded();
    }

    @Override
    public PublicKey decodePublicKey(byte[] encoded) {
        checkAlgorithm(encoded);
        PublicKey key = publicFromSpki(encoded);
        if (!Arrays.equals(key.getEncoded(), encoded)) {
            // Key ids hash these bytes, so only the one canonical form may be accepted.
            throw new InvalidKeyEncodingException(id() + ": public key DER is not in canonical form");
        }
        return key;
    }

    private void checkAlgorithm(byte[] spki) {
        AlgorithmIdentifier alg;
        try {
            alg = SubjectPublicKeyInfo.getInstance(spki).getAlgorithm();
        } catch (RuntimeException e) {
            throw new InvalidKeyEncodingException(id() + ": not SubjectPublicKeyInfo DER", e);
        }
        if (!acceptsAlgorithm(alg)) {
            throw new InvalidKeyEncodingException(
                    id() + ": public key is for another algorithm or curve: " + alg.getAlgorithm());
        }
    }
}
