package org.meritledger.ledger.core.keystore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;
import org.meritledger.ledger.core.suite.CryptoFailureException;
import org.meritledger.ledger.core.suite.Providers;
import org.meritledger.ledger.core.suite.Suite;

/** PKCS#12 storage of suite key pairs (Bouncy Castle's PKCS#12 implementation). */
public final class Pkcs12Keys {

    private Pkcs12Keys() {}

    /** An empty PKCS#12 key store backed by Bouncy Castle. */
    public static KeyStore newKeyStore() {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Providers.bouncyCastle());
            ks.load(null, null);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new CryptoFailureException("cannot create a PKCS#12 key store", e);
        }
    }

    /** Stores the pair under {@code alias} with a fresh self-signed certificate (CN = alias). */
    public static void store(KeyStore ks, String alias, Suite suite, KeyPair kp, char[] password) {
        X509Certificate cert = selfSignedCertificate(suite, kp, alias, Instant.now(), Duration.ofDays(3650));
        try {
            ks.setKeyEntry(alias, kp.getPrivate(), password, new Certificate[] {cert});
        } catch (GeneralSecurityException e) {
            throw new CryptoFailureException("cannot store key " + alias, e);
        }
    }

    /** Reads back a pair stored by {@link #store}. */
    public static KeyPair load(KeyStore ks, String alias, char[] password) {
        try {
            Key key = ks.getKey(alias, password);
            Certificate cert = ks.getCertificate(alias);
            if (!(key instanceof PrivateKey pk) || cert == null) {
                throw new CryptoFailureException("no key pair under alias " + alias, null);
            }
            return new KeyPair(cert.getPublicKey(), pk);
        } catch (GeneralSecurityException e) {
            throw new CryptoFailureException("cannot load key " + alias, e);
        }
    }

    public static byte[] save(KeyStore ks, char[] password) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ks.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new CryptoFailureException("cannot write key store", e);
        }
    }

    /** Opens PKCS#12 bytes with Bouncy Castle's implementation. */
    public static KeyStore open(byte[] pkcs12, char[] password) {
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Providers.bouncyCastle());
            ks.load(new ByteArrayInputStream(pkcs12), password);
            return ks;
        } catch (GeneralSecurityException | IOException e) {
            throw new CryptoFailureException("cannot read key store", e);
        }
    }

    /**
     * A minimal self-signed X.509 v3 certificate for {@code kp}. It only gives the key store
     * entry the certificate chain PKCS#12 requires and carries the public key; nothing trusts it.
     */
    public static X509Certificate selfSignedCertificate(
            Suite suite, KeyPair kp, String commonName, Instant notBefore, Duration validity) {
        try {
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, commonName)
                    .build();
            AlgorithmIdentifier sigAlg = new AlgorithmIdentifier(signatureOid(suite));
            V3TBSCertificateGenerator g = new V3TBSCertificateGenerator();
            g.setSerialNumber(new ASN1Integer(new BigInteger(64, new SecureRandom()).add(BigInteger.ONE)));
            g.setIssuer(name);
            g.setSubject(name);
            g.setStartDate(new Time(Date.from(notBefore)));
            g.setEndDate(new Time(Date.from(notBefore.plus(validity))));
            g.setSubjectPublicKeyInfo(
                    SubjectPublicKeyInfo.getInstance(kp.getPublic().getEncoded()));
            g.setSignature(sigAlg);
            TBSCertificate tbs = g.generateTBSCertificate();

            Signature s = Signature.getInstance(suite.jcaSignatureAlgorithm(), Providers.bouncyCastle());
            s.initSign(kp.getPrivate());
            s.update(tbs.getEncoded(ASN1Encoding.DER));
            DERSequence cert = new DERSequence(new ASN1Encodable[] {tbs, sigAlg, new DERBitString(s.sign())});

            CertificateFactory cf = CertificateFactory.getInstance("X.509", Providers.bouncyCastle());
            return (X509Certificate)
                    cf.generateCertificate(new ByteArrayInputStream(cert.getEncoded(ASN1Encoding.DER)));
        } catch (GeneralSecurityException | IOException e) {
            throw new CryptoFailureException("cannot self-sign a " + suite.id() + " certificate", e);
        }
    }

    /** Certificate signature algorithm OIDs: RFC 8410, GM/T 0006, RFC 9215 (no parameters for any). */
    private static ASN1ObjectIdentifier signatureOid(Suite suite) {
        return switch (suite.id()) {
            case "ed25519-sha256" -> new ASN1ObjectIdentifier("1.3.101.112"); // id-Ed25519
            case "sm2-sm3" -> GMObjectIdentifiers.sm2sign_with_sm3;
            case "gost2012-streebog" ->
                new ASN1ObjectIdentifier("1.2.643.7.1.1.3.2"); // id-tc26-signwithdigest-gost3410-12-256
            default -> throw new IllegalArgumentException("no certificate algorithm for suite " + suite.id());
        };
    }
}
