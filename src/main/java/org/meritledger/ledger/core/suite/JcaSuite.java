package org.meritledger.ledger.core.suite;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Shared JCA plumbing: the suites differ only in algorithm names, parameters and key encodings.
 * Signing goes through JCA (not the lightweight API) so keys are ordinary {@code PrivateKey}s
 * that a PKCS#12 key store can hold.
 */
abstract class JcaSuite implements Suite {

    private final String id;
    private final String keyAlgorithm;
    private final String signatureAlgorithm;
    private final byte[] noteType;

    JcaSuite(String id, String keyAlgorithm, String signatureAlgorithm, byte[] noteType) {
        this.id = id;
        this.keyAlgorithm = keyAlgorithm;
        this.signatureAlgorithm = signatureAlgorithm;
        this.noteType = noteType.clone();
    }

    /** Key generation parameters (curve or parameter set). */
    abstract AlgorithmParameterSpec keyGenParameters();

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String jcaSignatureAlgorithm() {
        return signatureAlgorithm;
    }

    @Override
    public final byte[] noteSignatureType() {
        return noteType.clone();
    }

    @Override
    public KeyPair generateKeyPair(SecureRandom random) {
        try {
            KeyPairGenerator kpg = KeyPairGenerator.getInstance(keyAlgorithm, Providers.bouncyCastle());
            kpg.initialize(keyGenParameters(), random);
            return kpg.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new CryptoFailureException(id + ": cannot generate key pair", e);
        }
    }

    @Override
    public byte[] sign(PrivateKey key, byte[] message) {
        try {
            Signature s = Signature.getInstance(signatureAlgorithm, Providers.bouncyCastle());
            s.initSign(key);
            s.update(message);
            return s.sign();
        } catch (InvalidKeyException e) {
            throw new InvalidKeyEncodingException(id + ": private key is not usable for this suite", e);
        } catch (GeneralSecurityException e) {
            throw new CryptoFailureException(id + ": signing failed", e);
        }
    }

    @Override
    public boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature s = Signature.getInstance(signatureAlgorithm, Providers.bouncyCastle());
            s.initVerify(key);
            s.update(message);
            return s.verify(signature);
        } catch (SignatureException | InvalidKeyException | IllegalArgumentException e) {
            // A garbled signature (bad DER, wrong length) or a foreign key is simply "not valid".
            return false;
        } catch (GeneralSecurityException e) {
            throw new CryptoFailureException(id + ": verification failed to run", e);
        }
    }

    @Override
    public PrivateKey decodePrivateKey(byte[] pkcs8) {
        try {
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyEncodingException(id + ": not a PKCS#8 private key of this suite", e);
        }
    }

    /** Parses SubjectPublicKeyInfo DER through Bouncy Castle. */
    final PublicKey publicFromSpki(byte[] spki) {
        try {
            return keyFactory().generatePublic(new X509EncodedKeySpec(spki));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidKeyEncodingException(id + ": not a public key of this suite", e);
        }
    }

    final KeyFactory keyFactory() throws GeneralSecurityException {
        return KeyFactory.getInstance(keyAlgorithm, Providers.bouncyCastle());
    }

    @Override
    public String toString() {
        return id;
    }
}
