package org.meritledger.ledger.core.chain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;

/**
 * The payload of a {@code ledger.key.rotated} entry, and its checks.
 *
 * <p>The rotation statement names origin, the entry's own sequence number, the outgoing and the
 * incoming verifier keys. The outgoing key signs it ({@code authorization}: only the holder of the
 * current key may appoint the next) and so does the incoming key ({@code possession}: nobody can
 * appoint a key they cannot use). The sequence number stops a statement being replayed elsewhere.
 *
 * <p>Which key signs a checkpoint of size N follows from the chain alone: the key introduced by
 * the last genesis or rotation entry with sequence &lt; N. Old checkpoints therefore stay
 * verifiable with the key that was valid for them, forever, without any separate key history.
 */
public final class KeyRotation {

    public static final String STATEMENT_TAG = "merit-ledger/key-rotation/v1";

    private KeyRotation() {}

    /** The exact signed statement: five lines, each ending in a newline. */
    public static String statement(String origin, long sequence, NoteVerifier previous, NoteVerifier next) {
        return STATEMENT_TAG + "\n" + origin + "\n" + sequence + "\n" + previous.vkey() + "\n" + next.vkey() + "\n";
    }

    /** Canonical payload for the rotation at {@code sequence}, signed by both keys. */
    public static String payload(String origin, long sequence, NoteSigner previous, NoteSigner next) {
        byte[] st = statement(origin, sequence, previous.verifier(), next.verifier())
                .getBytes(StandardCharsets.UTF_8);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("previousKey", previous.verifier().vkey());
        m.put("newKey", next.verifier().vkey());
        m.put("authorization", Bytes.base64(previous.sign(st).signature()));
        m.put("possession", Bytes.base64(next.sign(st).signature()));
        return Jcs.canonicalize(m);
    }

    /**
     * Checks a rotation payload against the key currently in effect and returns the new key.
     *
     * @throws IllegalArgumentException with the reason if the rotation is not valid
     */
    public static NoteVerifier verify(String payload, String origin, long sequence, NoteVerifier current) {
        if (!(JsonParser.parse(payload) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("rotation payload is not a JSON object");
        }
        String previousVkey = GenesisPayload.string(m, "previousKey");
        if (!previousVkey.equals(current.vkey())) {
            throw new IllegalArgumentException(
                    "previousKey is " + previousVkey + ", but the key in effect is " + current.vkey());
        }
        NoteVerifier next = NoteVerifier.parse(GenesisPayload.string(m, "newKey"));
        if (next.suite() != current.suite() || !next.name().equals(origin)) {
            throw new IllegalArgumentException(
                    "new key must be a " + current.suite().id() + " key named " + origin);
        }
        if (next.equals(current)) {
            throw new IllegalArgumentException("new key equals the current key");
        }
        byte[] st = statement(origin, sequence, current, next).getBytes(StandardCharsets.UTF_8);
        if (!current.verify(st, Bytes.fromBase64(GenesisPayload.string(m, "authorization")))) {
            throw new IllegalArgumentException("authorization signature by the previous key does not verify");
        }
        if (!next.verify(st, Bytes.fromBase64(GenesisPayload.string(m, "possession")))) {
            throw new IllegalArgumentException("possession signature by the new key does not verify");
        }
        return next;
    }
}
