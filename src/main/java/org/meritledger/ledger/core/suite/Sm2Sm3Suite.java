package org.meritledger.ledger.core.suite;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.meritledger.ledger.core.Digester;

/**
 * {@code sm2-sm3}: SM3 hashing (GB/T 32905-2016) and SM2 signatures (GB/T 32918.2-2016) on curve
 * sm2p256v1 with the standard default user id {@code 1234567812345678}, as Bouncy Castle's
 * {@code SM3withSM2} implements them. Signatures are DER {@code SEQUENCE { r INTEGER, s INTEGER }}.
 */
final class Sm2Sm3Suite extends SpkiSuite {

    /**
     * C2SP signed-note has no type byte for SM2; 0xff announces a private identifier (see
     * ledger-format.md): 0xff, identifier length, ASCII identifier.
     */
    static final String NOTE_TYPE_ID = "org.meritledger.sm2-sm3";

    Sm2Sm3Suite() {
        super("sm2-sm3", "EC", "SM3withSM2", NoteTypes.privateType(NOTE_TYPE_ID));
    }

    @Override
    AlgorithmParameterSpec keyGenParameters() {
        return new ECGenParameterSpec("sm2p256v1");
    }

    @Override
    public Digester newDigester() {
        return new BcDigester(new SM3Digest());
    }

    @Override
    boolean acceptsAlgorithm(AlgorithmIdentifier alg) {
        return X9ObjectIdentifiers.id_ecPublicKey.equals(alg.getAlgorithm())
                && alg.getParameters() instanceof ASN1ObjectIdentifier
                && GMObjectIdentifiers.sm2p256v1.equals(alg.getParameters());
    }
}
