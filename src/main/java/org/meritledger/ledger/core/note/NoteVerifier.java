package org.meritledger.ledger.core.note;

import java.security.PublicKey;
import java.util.Arrays;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

/**
 * A public note-verification key: name, key id, suite and key. Its text form is the verifier key
 * ("vkey") of signed-note and x/mod/sumdb/note: {@code <name>+<hex key id>+<base64(type || key)>}.
 * Immutable and thread-safe.
 */
public final class NoteVerifier {

    private final String name;
    private final Suite suite;
    private final PublicKey publicKey;
    private final byte[] encodedKey;
    private final int keyId;

    private NoteVerifier(String name, Suite suite, PublicKey publicKey, byte[] encodedKey) {
        if (!KeyIds.isValidName(name)) {
            throw new InvalidVerifierKeyException("invalid key name: " + name);
        }
        this.name = name;
        this.suite = suite;
        this.publicKey = publicKey;
        this.encodedKey = encodedKey;
        this.keyId = KeyIds.keyId(name, suite.noteSignatureType(), encodedKey);
    }

    public static NoteVerifier of(String name, Suite suite, PublicKey publicKey) {
        return new NoteVerifier(name, suite, publicKey, suite.encodePublicKey(publicKey));
    }

    /** Parses a vkey; the key id in it must match the one computed from name and key. */
    public static NoteVerifier parse(String vkey) {
        // Split at the first two pluses only: the base64 key may itself contain "+".
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new InvalidVerifierKeyException("verifier key must be name+keyid+key: " + vkey);
        }
        if (!parts[1].matches("[0-9a-f]{8}")) {
            throw new InvalidVerifierKeyException("key id must be 8 lowercase hex digits: " + parts[1]);
        }
        byte[] blob;
        try {
            blob = Bytes.fromBase64(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidVerifierKeyException("bad base64 in verifier key", e);
        }
        for (Suite s : Suites.all()) {
            byte[] type = s.noteSignatureType();
            if (blob.length > type.length && Arrays.equals(blob, 0, type.length, type, 0, type.length)) {
                byte[] key = Arrays.copyOfRange(blob, type.length, blob.length);
                NoteVerifier v;
                try {
                    v = new NoteVerifier(parts[0], s, s.decodePublicKey(key), key);
                } catch (IllegalArgumentException e) {
                    throw new InvalidVerifierKeyException("bad " + s.id() + " public key in verifier key", e);
                }
                if (!KeyIds.hex(v.keyId).equals(parts[1])) {
                    throw new InvalidVerifierKeyException(
                            "key id " + parts[1] + " does not match key (computed " + KeyIds.hex(v.keyId) + ")");
                }
                return v;
            }
        }
        throw new InvalidVerifierKeyException(
                "unknown signature type in verifier key: " + Bytes.hex(Arrays.copyOf(blob, Math.min(blob.length, 2))));
    }

    /** The vkey text. */
    public String vkey() {
        byte[] type = suite.noteSignatureType();
        byte[] blob = Arrays.copyOf(type, type.length + encodedKey.length);
        System.arraycopy(encodedKey, 0, blob, type.length, encodedKey.length);
        return name + "+" + KeyIds.hex(keyId) + "+" + Bytes.base64(blob);
    }

    public boolean verify(byte[] text, byte[] signature) {
        return suite.verify(publicKey, text, signature);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public Suite suite() {
        return suite;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The suite's canonical public key bytes (what the key id hashes). */
    public byte[] encodedKey() {
        return encodedKey.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteVerifier v
                && v.name.equals(name)
                && v.suite == suite
                && Arrays.equals(v.encodedKey, encodedKey);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + keyId;
    }

    @Override
    public String toString() {
        return vkey();
    }
}
