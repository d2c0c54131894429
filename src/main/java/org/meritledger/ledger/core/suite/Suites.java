package org.meritledger.ledger.core.suite;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import org.bouncycastle.jcajce.interfaces.EdDSAPrivateKey;

/** Looks suites up by id; the registry is closed because a ledger's format depends on it. */
public final class Suites {

    public static final Suite ED25519_SHA256 = new Ed25519Sha256Suite();
    public static final Suite SM2_SM3 = new Sm2Sm3Suite();
    public static final Suite GOST2012_STREEBOG = new Gost2012StreebogSuite();

    private static final List<Suite> ALL = List.of(ED25519_SHA256, SM2_SM3, GOST2012_STREEBOG);

    private Suites() {}

    /** The suite new ledgers get unless configured otherwise. */
    public static Suite defaultSuite() {
        return ED25519_SHA256;
    }

    public static List<Suite> all() {
        return ALL;
    }

    /**
     * Rebuilds an {@code ed25519-sha256} key pair from its 32-byte RFC 8032 seed. Deterministic
     * keys make known-answer tests and the worked example in ledger-format.md reproducible.
     */
    public static KeyPair ed25519KeyPairFromSeed(byte[] seed) {
        PrivateKey priv = ((Ed25519Sha256Suite) ED25519_SHA256).privateKeyFromSeed(seed);
        return new KeyPair(((EdDSAPrivateKey) priv).getPublicKey(), priv);
    }

    /** @throws UnknownSuiteException if no suite has this id */
    public static Suite byId(String id) {
        for (Suite s : ALL) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new UnknownSuiteException(id);
    }
}
