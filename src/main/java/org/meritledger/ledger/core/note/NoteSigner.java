package org.meritledger.ledger.core.note;

import java.security.KeyPair;
import java.security.PrivateKey;
import org.meritledger.ledger.core.suite.Suite;

/** A named private key that signs note texts. Holds the private key: keep it out of logs. */
public final class NoteSigner {

    private final NoteVerifier verifier;
    private final PrivateKey privateKey;

    public NoteSigner(String name, Suite suite, KeyPair keyPair) {
        this.verifier = NoteVerifier.of(name, suite, keyPair.getPublic());
        this.privateKey = keyPair.getPrivate();
    }

    /** The matching public verifier. */
    public NoteVerifier verifier() {
        return verifier;
    }

    public String name() {
        return verifier.name();
    }

    public int keyId() {
        return verifier.keyId();
    }

    /** Signs the note text bytes (the text including its final newline). */
    public NoteSignature sign(byte[] text) {
        return new NoteSignature(name(), keyId(), verifier.suite().sign(privateKey, text));
    }

    @Override
    public String toString() {
        return "NoteSigner[" + verifier.name() + "+" + KeyIds.hex(keyId()) + "]";
    }
}
