package org.meritledger.ledger.core.suite;

import java.nio.charset.StandardCharsets;

/**
 * Builds C2SP signed-note signature type bytes.
 *
 * <p>signed-note reserves {@code 0xff} for "signature types without an identifier byte assigned by
 * this specification", RECOMMENDED to be followed by a longer identifier unlikely to collide. We
 * make that identifier self-delimiting so a verifier key string can be split into type and key:
 * {@code 0xff || uint8(len(id)) || ASCII(id)}.
 */
final class NoteTypes {

    private NoteTypes() {}

    static byte[] privateType(String identifier) {
        byte[] id = identifier.getBytes(StandardCharsets.US_ASCII);
        if (id.length == 0 || id.length > 255) {
            throw new IllegalArgumentException("identifier length must be 1..255");
        }
        byte[] out = new byte[2 + id.length];
        out[0] = (byte) 0xff;
        out[1] = (byte) id.length;
        System.arraycopy(id, 0, out, 2, id.length);
        return out;
    }
}
