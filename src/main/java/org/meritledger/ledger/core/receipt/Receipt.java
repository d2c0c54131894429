package org.meritledger.ledger.core.receipt;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.checkpoint.MalformedCheckpointException;
import org.meritledger.ledger.core.checkpoint.TlogProof;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * Proof that one entry is in the ledger: the entry's fields and stored hashes, a C2SP tlog-proof
 * (its inclusion proof and the signed checkpoint it leads to) and the verifier key the checkpoint
 * should be checked with. The key is a convenience: a checker should compare it with the key the
 * ledger's operator publishes, since whoever can forge a receipt can also put their own key in it.
 *
 * <p>JSON form ({@link #toJson()}), RFC 8785 canonical:
 * <pre>
 * {"entry":{"actorAccountId":7,"actorRole":"ADMIN","entryHash":hex,"payload":"{...}","payloadHash":hex,
 *           "previousHash":hex,"sequence":42,"subject":"result:9","timestampMicros":1764000000000000,
 *           "type":"training.result.signed"},
 *  "format":"merit-ledger-receipt/v1","origin":"...","suite":"ed25519-sha256",
 *  "tlogProof":"c2sp.org/tlog-proof@v1\nindex 42\n...","verifierKey":"origin+1a2b3c4d+AQ..."}
 * </pre>
 */
public record Receipt(String suiteId, String origin, Entry entry, TlogProof proof, String verifierKey) {

    public static final String FORMAT = "merit-ledger-receipt/v1";

    public String toJson() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sequence", entry.sequence());
        e.put("timestampMicros", EntryCodec.timestampMicros(entry.timestamp()));
        e.put("type", entry.type());
        e.put("actorAccountId", entry.actorAccountId());
        e.put("actorRole", entry.actorRole());
        e.put("subject", entry.subject());
        e.put("payload", entry.payload());
        e.put("payloadHash", Bytes.hex(entry.payloadHash()));
        e.put("previousHash", Bytes.hex(entry.previousHash()));
        e.put("entryHash", Bytes.hex(entry.entryHash()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("suite", suiteId);
        m.put("origin", origin);
        m.put("entry", e);
        m.put("tlogProof", proof.format());
        m.put("verifierKey", verifierKey);
        return Jcs.canonicalize(m);
    }

    /**
     * Reads a receipt's JSON.
     *
     * @throws IllegalArgumentException if it is not a {@value #FORMAT} document
     */
    public static Receipt parse(String json) {
        Object parsed = JsonParser.parse(json);
        if (!(parsed instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException("not a " + FORMAT + " document");
        }
        if (!(m.get("entry") instanceof Map<?, ?> e)) {
            throw new IllegalArgumentException("receipt has no entry object");
        }
        long micros = number(e, "timestampMicros");
        Entry entry = new Entry(
                number(e, "sequence"),
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                text(e, "type", true),
                e.get("actorAccountId") == null ? null : number(e, "actorAccountId"),
                text(e, "actorRole", false),
                text(e, "subject", false),
                text(e, "payload", true),
                Bytes.fromHex(text(e, "payloadHash", true)),
                Bytes.fromHex(text(e, "previousHash", true)),
                Bytes.fromHex(text(e, "entryHash", true)));
        TlogProof proof;
        try {
            proof = TlogProof.parse(text(m, "tlogProof", true));
        } catch (MalformedCheckpointException ex) {
            throw new IllegalArgumentException("bad tlogProof: " + ex.getMessage(), ex);
        }
        return new Receipt(text(m, "suite", true), text(m, "origin", true), entry, proof, text(m, "verifierKey", true));
    }

    private static long number(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("receipt field " + key + " must be a number");
        }
        return n.longValue();
    }

    private static String text(Map<?, ?> m, String key, boolean required) {
        Object v = m.get(key);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("receipt field " + key + " must be a string");
        }
        return s;
    }
}
