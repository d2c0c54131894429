package org.meritledger.ledger.core.keystore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meritledger.ledger.core.suite.Providers;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

class Pkcs12KeysTest {

    static Iterable<Suite> suites() {
        return Suites.all();
    }

    /**
     * One store holding a key pair of every suite, written and read back once: Bouncy Castle's
     * PKCS#12 key derivation takes about 1.5 s per save or load on our 2-core machines.
     */
    @Test
    void bouncyCastlePkcs12RoundTripsEverySuite() {
        char[] pw = "changeit".toCharArray();
        KeyStore ks = Pkcs12Keys.newKeyStore();
        java.util.Map<Suite, KeyPair> pairs = new java.util.LinkedHashMap<>();
        for (Suite suite : Suites.all()) {
            KeyPair kp = suite.generateKeyPair();
            pairs.put(suite, kp);
            Pkcs12Keys.store(ks, suite.id(), suite, kp, pw);
        }
        KeyStore reopened = Pkcs12Keys.open(Pkcs12Keys.save(ks, pw), pw);
        pairs.forEach((suite, kp) -> {
            KeyPair back = Pkcs12Keys.load(reopened, suite.id(), pw);
            assertArrayEquals(
                    suite.encodePublicKey(kp.getPublic()), suite.encodePublicKey(back.getPublic()), suite.id());
            assertArrayEquals(kp.getPrivate().getEncoded(), back.getPrivate().getEncoded(), suite.id());
            byte[] msg = "checkpoint".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(suite.verify(kp.getPublic(), msg, suite.sign(back.getPrivate(), msg)), suite.id());
        });
    }

    @ParameterizedTest
    @MethodSource("suites")
    void selfSignedCertificateVerifies(Suite suite) throws Exception {
        KeyPair kp = suite.generateKeyPair();
        X509Certificate c =
                Pkcs12Keys.selfSignedCertificate(suite, kp, "example.org/ledger", Instant.now(), Duration.ofDays(1));
        c.verify(kp.getPublic(), Providers.bouncyCastle());
        assertEquals("CN=example.org/ledger", c.getSubjectX500Principal().getName());
    }

    /**
     * Records what the JDK's own PKCS#12 implementation does with each suite's keys: it writes
     * them all, but can read back only Ed25519 (SunEC has no SM2 or GOST key factory). This is
     * why {@link Pkcs12Keys} uses Bouncy Castle's implementation.
     */
    @ParameterizedTest
    @MethodSource("suites")
    void jdkPkcs12Behaviour(Suite suite) throws Exception {
        char[] pw = "changeit".toCharArray();
        KeyPair kp = suite.generateKeyPair();
        KeyStore jdk = KeyStore.getInstance("PKCS12");
        jdk.load(null, null);
        jdk.setKeyEntry("k", kp.getPrivate(), pw, new java.security.cert.Certificate[] {
            Pkcs12Keys.selfSignedCertificate(suite, kp, "k", Instant.now(), Duration.ofDays(1))
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        jdk.store(out, pw);

        // Bouncy Castle reads the JDK-written file for every suite.
        KeyPair viaBc = Pkcs12Keys.load(Pkcs12Keys.open(out.toByteArray(), pw), "k", pw);
        assertArrayEquals(kp.getPrivate().getEncoded(), viaBc.getPrivate().getEncoded());

        // The JDK fails while loading (SM2: "Unknown named curve", reported as a wrong password)
        // or while reading the key (GOST).
        boolean readable;
        try {
            KeyStore jdkBack = KeyStore.getInstance("PKCS12");
            jdkBack.load(new ByteArrayInputStream(out.toByteArray()), pw);
            readable = jdkBack.getKey("k", pw) != null;
        } catch (Exception e) {
            readable = false;
        }
        assertEquals(suite == Suites.ED25519_SHA256, readable, "JDK PKCS#12 reads back " + suite.id());
    }
}
