package org.meritledger.ledger.core.cosign;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.note.InvalidVerifierKeyException;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.suite.Suites;

/**
 * A witness's public Ed25519 cosigning key. Its verifier key text is the signed-note vkey with
 * signature type {@code 0x04}: {@code <name>+<hex key id>+base64(0x04 || 32-byte key)}, and the
 * key id is SHA-256(name || 0x0A || 0x04 || key)[:4] (c2sp.org/tlog-cosignature, "Format").
 * Immutable and thread-safe.
 */
public final class CosignerKey {

    /** The signed-note signature type of Ed25519 cosignature/v1. */
    public static final byte TYPE = 0x04;

    private final String name;
    private final byte[] rawKey;
    private final PublicKey publicKey;
    private final int keyId;

    private CosignerKey(String name, byte[] rawKey) {
        if (!KeyIds.isValidName(name)) {
            throw new InvalidVerifierKeyException("invalid witness key name: " + name);
        }
        if (rawKey.length != 32) {
            throw new InvalidVerifierKeyException("an Ed25519 cosigner key has 32 bytes, got " + rawKey.length);
        }
        this.name = name;
        this.rawKey = rawKey.clone();
        try {
            this.publicKey = Suites.ED25519_SHA256.decodePublicKey(this.rawKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidVerifierKeyException("not an Ed25519 public key", e);
        }
        this.keyId = KeyIds.keyId(name, new byte[] {TYPE}, this.rawKey);
    }

    public static CosignerKey of(String name, PublicKey key) {
        return new CosignerKey(name, Suites.ED25519_SHA256.encodePublicKey(key));
    }

    /** Parses a type-0x04 vkey; the key id in it must match the one computed from name and key. */
    public static CosignerKey parse(String vkey) {
        String[] parts = vkey.strip().split("\\+", 3);
        if (parts.length != 3 || !parts[1].matches("[0-9a-f]{8}")) {
            throw new InvalidVerifierKeyException("witness key must be name+keyid+key: " + vkey);
        }
        byte[] blob;
        try {
            blob = Bytes.fromBase64(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new InvalidVerifierKeyException("bad base64 in witness key", e);
        }
        if (blob.length != 33 || blob[0] != TYPE) {
            throw new InvalidVerifierKeyException("witness key is not an Ed25519 cosignature key (type 0x04)");
        }
        CosignerKey k = new CosignerKey(parts[0], Arrays.copyOfRange(blob, 1, 33));
        if (!KeyIds.hex(k.keyId).equals(parts[1])) {
            throw new InvalidVerifierKeyException(
                    "key id " + parts[1] + " does not match the witness key (computed " + KeyIds.hex(k.keyId) + ")");
        }
        return k;
    }

    public String vkey() {
        byte[] blob = new byte[33];
        blob[0] = TYPE;
        System.arraycopy(rawKey, 0, blob, 1, 32);
        return name + "+" + KeyIds.hex(keyId) + "+" + Bytes.base64(blob);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    /** {@code name+keyid}, for messages. */
    public String label() {
        return name + "+" + KeyIds.hex(keyId);
    }

    /** Whether a signature line names this key (name and key id); says nothing about validity. */
    public boolean matches(NoteSignature sig) {
        return sig.keyId() == keyId && sig.name().equals(name);
    }

    /** The message a cosignature at {@code timestamp} signs: header, time line, checkpoint body. */
    public static byte[] message(String checkpointBody, long timestamp) {
        return ("cosignature/v1\ntime " + timestamp + "\n" + checkpointBody).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks a cosignature line of this key on {@code checkpointBody} and returns its timestamp.
     *
     * @throws IllegalArgumentException if the line is not this key's or does not verify
     */
    public long verify(String checkpointBody, NoteSignature sig) {
        if (!matches(sig)) {
            throw new IllegalArgumentException("signature is by " + sig.keyLabel() + ", not " + label());
        }
        byte[] s = sig.signature();
        if (s.length != 8 + 64) {
            throw new IllegalArgumentException(
                    "cosignature has " + s.length + " bytes, want 72 (timestamp and Ed25519 signature)");
        }
        long t = ByteBuffer.wrap(s, 0, 8).getLong();
        if (t < 0) {
            throw new IllegalArgumentException("cosignature timestamp exceeds 2^63-1");
        }
        if (!Suites.ED25519_SHA256.verify(publicKey, message(checkpointBody, t), Arrays.copyOfRange(s, 8, 72))) {
            throw new IllegalArgumentException("cosignature by " + label() + " does not verify");
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosignerKey k && k.name.equals(name) && Arrays.equals(k.rawKey, rawKey);
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
