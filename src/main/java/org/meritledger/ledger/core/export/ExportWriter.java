package org.meritledger.ledger.core.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.jcs.Jcs;

/**
 * Writes export lines: each record as RFC 8785 canonical JSON and a newline. Holds nothing but
 * the counts, so an export of any size streams through it. Not thread-safe.
 */
public final class ExportWriter {

    private final Writer out;
    private long entries;
    private long checkpoints;
    private long keys;

    public ExportWriter(Writer out) {
        this.out = out;
    }

    public void write(ExportRecord r) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r instanceof ExportRecord.Header h) {
            m.put("kind", "header");
            m.put("format", ExportRecord.FORMAT);
            m.put("origin", h.origin());
            m.put("suite", h.suiteId());
            m.put("treeSize", h.treeSize());
            m.put("exportedAtMicros", h.exportedAtMicros());
        } else if (r instanceof ExportRecord.Key k) {
            m.put("kind", "key");
            m.put("keyId", k.keyId());
            m.put("fromSeq", k.fromSeq());
            m.put("verifierKey", k.verifierKey());
            m.put("createdAtMicros", k.createdAtMicros());
            keys++;
        } else if (r instanceof ExportRecord.EntryLine el) {
            entryFields(m, el.entry());
            m.put("kind", "entry");
            entries++;
        } else if (r instanceof ExportRecord.CheckpointLine c) {
            m.put("kind", "checkpoint");
            m.put("treeSize", c.treeSize());
            m.put("note", c.note());
            m.put("cosignatures", c.cosignatures());
            checkpoints++;
        } else if (r instanceof ExportRecord.End) {
            throw new IllegalArgumentException("call end() to finish an export");
        }
        out.write(Jcs.canonicalize(m));
        out.write('\n');
    }

    /** Writes the end line with the counts written so far, and flushes. */
    public void end() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "end");
        m.put("entries", entries);
        m.put("checkpoints", checkpoints);
        m.put("keys", keys);
        out.write(Jcs.canonicalize(m));
        out.write('\n');
        out.flush();
    }

    /** The entry members, named as in receipts (ledger-format.md section 7.1). */
    static void entryFields(Map<String, Object> m, Entry e) {
        m.put("sequence", e.sequence());
        m.put("timestampMicros", EntryCodec.timestampMicros(e.timestamp()));
        m.put("type", e.type());
        m.put("actorAccountId", e.actorAccountId());
        m.put("actorRole", e.actorRole());
        m.put("subject", e.subject());
        m.put("payload", e.payload());
        m.put("payloadHash", Bytes.hex(e.payloadHash()));
        m.put("previousHash", Bytes.hex(e.previousHash()));
        m.put("entryHash", Bytes.hex(e.entryHash()));
    }
}
