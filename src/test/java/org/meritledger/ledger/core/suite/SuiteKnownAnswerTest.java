package org.meritledger.ledger.core.suite;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;

/** Known answers for every suite's hash and, where the scheme is deterministic, signature. */
class SuiteKnownAnswerTest {

    // FIPS 180-2, Appendix B.1 (SHA-256 example "abc").
    private static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    // GB/T 32905-2016, Appendix A, example 1 (SM3 of "abc").
    private static final String SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

    // RFC 6986 §10.1: M1 is the 63 ASCII digits "0123456789" repeated ... "012". The RFC prints
    // byte strings most-significant-byte first, i.e. reversed; its H256(M1) is
    // 00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d, so the digest bytes in
    // output order are the reverse below.
    private static final String STREEBOG256_M1 = "9d151eefd8590b89daa6ba6cb74af9275dd051026bb149a452fd84e5e57b5500";
    private static final String M1 = "012345678901234567890123456789012345678901234567890123456789012";

    @Test
    void sha256Abc() {
        assertEquals(SHA256_ABC, Bytes.hex(Suites.ED25519_SHA256.hash("abc".getBytes(US_ASCII))));
    }

    @Test
    void sha256DigesterIsReusable() {
        var d = Suites.ED25519_SHA256.newDigester();
        d.digest("x".getBytes(US_ASCII));
        assertEquals(SHA256_ABC, Bytes.hex(d.digest("a".getBytes(US_ASCII), "bc".getBytes(US_ASCII))));
    }

    @Test
    void sm3Abc() {
        assertEquals(SM3_ABC, Bytes.hex(Suites.SM2_SM3.hash("abc".getBytes(US_ASCII))));
    }

    @Test
    void streebog256M1() {
        assertEquals(63, M1.length());
        assertEquals(STREEBOG256_M1, Bytes.hex(Suites.GOST2012_STREEBOG.hash(M1.getBytes(US_ASCII))));
    }

    // RFC 8032 §7.1, TEST 1: empty message.
    @Test
    void ed25519Rfc8032Test1() {
        checkEd25519(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                "",
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    // RFC 8032 §7.1, TEST 2: one-byte message 0x72.
    @Test
    void ed25519Rfc8032Test2() {
        checkEd25519(
                "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
                "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
                "72",
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    }

    private static void checkEd25519(String seed, String pub, String msg, String sig) {
        Suite suite = Suites.ED25519_SHA256;
        KeyPair kp = Suites.ed25519KeyPairFromSeed(Bytes.fromHex(seed));
        assertEquals(pub, Bytes.hex(suite.encodePublicKey(kp.getPublic())));
        byte[] message = Bytes.fromHex(msg);
        assertEquals(sig, Bytes.hex(suite.sign(kp.getPrivate(), message)));
        assertTrue(suite.verify(suite.decodePublicKey(Bytes.fromHex(pub)), message, Bytes.fromHex(sig)));
    }

    @Test
    void allSuitesHashTo32Bytes() {
        for (Suite s : Suites.all()) {
            assertEquals(32, s.hash(new byte[0]).length, s.id());
            assertEquals(32, s.newDigester().size(), s.id());
            assertArrayEquals(
                    s.hash(new byte[] {1, 2}),
                    s.newDigester().update((byte) 1).update((byte) 2).digest());
        }
    }
}
