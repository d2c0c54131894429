package org.meritledger.ledger.core.suite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sign/verify round trips and rejections for every suite (SM2 and GOST sign randomly: no KAT). */
class SuiteSignatureTest {

    static Iterable<Suite> suites() {
        return Suites.all();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signVerifyRoundTrip(Suite suite) {
        KeyPair kp = suite.generateKeyPair();
        byte[] msg = "Merit Ledger checkpoint\n".getBytes(UTF_8);
        byte[] sig = suite.sign(kp.getPrivate(), msg);
        assertTrue(suite.verify(kp.getPublic(), msg, sig));

        byte[] otherMsg = msg.clone();
        otherMsg[0] ^= 1;
        assertFalse(suite.verify(kp.getPublic(), otherMsg, sig), "modified message");

        byte[] badSig = sig.clone();
        badSig[badSig.length - 1] ^= 1;
        assertFalse(suite.verify(kp.getPublic(), msg, badSig), "modified signature");
        assertFalse(suite.verify(kp.getPublic(), msg, Arrays.copyOf(sig, sig.length - 1)), "truncated signature");
        assertFalse(suite.verify(kp.getPublic(), msg, new byte[0]), "empty signature");
        assertFalse(suite.verify(suite.generateKeyPair().getPublic(), msg, sig), "other key");
    }

    @ParameterizedTest
    @MethodSource("suites")
    void publicKeyEncodingRoundTrips(Suite suite) {
        KeyPair kp = suite.generateKeyPair();
        byte[] enc = suite.encodePublicKey(kp.getPublic());
        assertArrayEquals(enc, suite.encodePublicKey(suite.decodePublicKey(enc)));
        byte[] msg = {1, 2, 3};
        assertTrue(suite.verify(suite.decodePublicKey(enc), msg, suite.sign(kp.getPrivate(), msg)));
        // The private key survives its PKCS#8 form, which is what key stores hold.
        byte[] sig = suite.sign(suite.decodePrivateKey(kp.getPrivate().getEncoded()), msg);
        assertTrue(suite.verify(kp.getPublic(), msg, sig));
    }

    @Test
    void edKeyIs32RawBytes() {
        assertEquals(
                32,
                Suites.ED25519_SHA256.encodePublicKey(
                                Suites.ED25519_SHA256.generateKeyPair().getPublic())
                        .length);
    }

    @Test
    void sm2KeyIsUncompressedSpkiOnSm2Curve() {
        byte[] enc =
                Suites.SM2_SM3.encodePublicKey(Suites.SM2_SM3.generateKeyPair().getPublic());
        assertEquals(91, enc.length); // SEQUENCE{id-ecPublicKey, sm2p256v1} + BIT STRING(04 || x || y)
        assertEquals(0x04, enc[91 - 65]);
    }

    @Test
    void suitesRejectEachOthersKeys() {
        for (Suite a : Suites.all()) {
            KeyPair kp = a.generateKeyPair();
            byte[] enc = a.encodePublicKey(kp.getPublic());
            for (Suite b : Suites.all()) {
                if (a != b) {
                    assertThrows(
                            InvalidKeyEncodingException.class,
                            () -> b.encodePublicKey(kp.getPublic()),
                            a + " key in " + b);
                    assertThrows(InvalidKeyEncodingException.class, () -> b.decodePublicKey(enc), a + " bytes in " + b);
                }
            }
        }
    }

    @Test
    void lookupById() {
        assertSame(Suites.SM2_SM3, Suites.byId("sm2-sm3"));
        assertSame(Suites.ED25519_SHA256, Suites.defaultSuite());
        assertEquals(
                "nope",
                assertThrows(UnknownSuiteException.class, () -> Suites.byId("nope"))
                        .suiteId());
    }
}
