package org.meritledger.ledger.core.note;

import java.nio.ByteBuffer;
import org.meritledger.ledger.core.Bytes;

/** One signature line: {@code — <name> base64(uint32 keyId || signature)}. */
public record NoteSignature(String name, int keyId, byte[] signature) {

    public NoteSignature {
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The line as it appears in a note, with the em dash and the trailing newline. */
    public String line() {
        byte[] blob = ByteBuffer.allocate(4 + signature.length)
                .putInt(keyId)
                .put(signature)
                .array();
        return "\u2014 " + name + " " + Bytes.base64(blob) + "\n";
    }

    /** {@code name+keyid}, for messages. */
    public String keyLabel() {
        return name + "+" + KeyIds.hex(keyId);
    }
}
