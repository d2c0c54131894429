package org.meritledger.ledger.core.cosign;

import java.nio.ByteBuffer;
import java.security.KeyPair;
import java.security.PrivateKey;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.suite.Suites;

/** A witness's private cosigning key. Holds the private key: keep it out of logs. */
public final class Cosigner {

    private final CosignerKey key;
    private final PrivateKey privateKey;

    public Cosigner(String name, KeyPair pair) {
        this.key = CosignerKey.of(name, pair.getPublic());
        this.privateKey = pair.getPrivate();
    }

    public CosignerKey key() {
        return key;
    }

    /** The cosignature line's signature: u64 timestamp (big-endian) || Ed25519 over the v1 message. */
    public NoteSignature cosign(String checkpointBody, long timestamp) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("negative timestamp");
        }
        byte[] sig = Suites.ED25519_SHA256.sign(privateKey, CosignerKey.message(checkpointBody, timestamp));
        byte[] blob =
                ByteBuffer.allocate(8 + sig.length).putLong(timestamp).put(sig).array();
        return new NoteSignature(key.name(), key.keyId(), blob);
    }

    @Override
    public String toString() {
        return "Cosigner[" + key.label() + "]";
    }
}
