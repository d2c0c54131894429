package org.meritledger.ledger.core.note;

/**
 * A signature whose key name and id match a known key does not verify: the text or the signature
 * was altered. Per signed-note this rejects the whole note, whatever other signatures say.
 */
public final class BadSignatureException extends NoteException {
    private static final long serialVersionUID = 1L;

    private final String keyName;
    private final int keyId;

    public BadSignatureException(String keyName, int keyId) {
        super("invalid signature by known key " + keyName + "+" + KeyIds.hex(keyId));
        this.keyName = keyName;
        this.keyId = keyId;
    }

    public String keyName() {
        return keyName;
    }

    public int keyId() {
        return keyId;
    }
}
