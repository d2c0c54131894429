package org.meritledger.ledger.core.suite;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cryptopro.GOST3410PublicKeyAlgParameters;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.meritledger.ledger.core.Digester;

/**
 * {@code gost2012-streebog}: Streebog-256 (GOST R 34.11-2012, RFC 6986) and GOST R 34.10-2012
 * 256-bit signatures (RFC 7091) on parameter set {@code id-tc26-gost-3410-12-256-paramSetA}
 * (RFC 9215), as Bouncy Castle's {@code GOST3411-2012-256withECGOST3410-2012-256} implements
 * them. A signature is 64 bytes: s then r, each 32 bytes big-endian (Bouncy Castle's encoding).
 */
final class Gost2012StreebogSuite extends SpkiSuite {

    /** Private signed-note identifier, as for SM2 (see {@link Sm2Sm3Suite#NOTE_TYPE_ID}). */
    static final String NOTE_TYPE_ID = "org.meritledger.gost2012-streebog";

    /** id-tc26-gost3410-12-256 (RFC 9215 §4); Bouncy Castle only has it in an internal package. */
    private static final ASN1ObjectIdentifier GOST_2012_256 = new ASN1ObjectIdentifier("1.2.643.7.1.1.1.1");

    /** id-tc26-gost-3410-12-256-paramSetA (RFC 9215 §4). */
    private static final ASN1ObjectIdentifier PARAM_SET_A = new ASN1ObjectIdentifier("1.2.643.7.1.2.1.1.1");

    Gost2012StreebogSuite() {
        super(
                "gost2012-streebog",
                "ECGOST3410-2012",
                "GOST3411-2012-256withECGOST3410-2012-256",
                NoteTypes.privateType(NOTE_TYPE_ID));
    }

    @Override
    AlgorithmParameterSpec keyGenParameters() {
        return new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA");
    }

    @Override
    public Digester newDigester() {
        return new BcDigester(new GOST3411_2012_256Digest());
    }

    @Override
    boolean acceptsAlgorithm(AlgorithmIdentifier alg) {
        if (!GOST_2012_256.equals(alg.getAlgorithm())) {
            return false;
        }
        try {
            GOST3410PublicKeyAlgParameters p = GOST3410PublicKeyAlgParameters.getInstance(alg.getParameters());
            return PARAM_SET_A.equals(p.getPublicKeyParamSet());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
