package org.meritledger.ledger.core.chain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.ledger.core.note.NoteVerifier;

/**
 * The payload of entry 0. It fixes, inside the chain itself, the three things a verifier must
 * otherwise be told: the origin (checkpoint first line and key name), the suite, and the first
 * checkpoint signing key, as a signed-note verifier key string.
 *
 * <pre>{"format":"merit-ledger/v1","origin":"...","signingKey":"name+keyid+base64","suite":"..."}</pre>
 */
public record GenesisPayload(String origin, String suiteId, NoteVerifier signingKey) {

    public static final String FORMAT = "merit-ledger/v1";

    public GenesisPayload {
        if (!signingKey.name().equals(origin)) {
            throw new IllegalArgumentException("signing key name must be the origin " + origin);
        }
        if (!signingKey.suite().id().equals(suiteId)) {
            throw new IllegalArgumentException(
                    "signing key is for suite " + signingKey.suite().id());
        }
    }

    /** Canonical JSON text. */
    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("origin", origin);
        m.put("suite", suiteId);
        m.put("signingKey", signingKey.vkey());
        return Jcs.canonicalize(m);
    }

    /**
     * Reads a genesis payload; unknown extra members are allowed so later versions can add
     * information without breaking this verifier.
     *
     * @throws IllegalArgumentException with the reason if it is not a valid genesis payload
     */
    public static GenesisPayload parse(String payload) {
        Object v = JsonParser.parse(payload);
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("genesis payload is not a JSON object");
        }
        if (!FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("genesis format is " + m.get("format") + ", expected " + FORMAT);
        }
        String origin = string(m, "origin");
        String suite = string(m, "suite");
        NoteVerifier key = NoteVerifier.parse(string(m, "signingKey"));
        return new GenesisPayload(origin, suite, key);
    }

    static String string(Map<?, ?> m, String name) {
        if (!(m.get(name) instanceof String s)) {
            throw new IllegalArgumentException("member \"" + name + "\" missing or not a string");
        }
        return s;
    }
}
