package org.meritledger.ledger.core.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * Reads export lines back into records. Strict about structure (a member of the wrong type or a
 * missing one is a {@link MalformedExportException} naming the line); lenient about stored
 * values, which are passed on as they are (even hashes that are not hex become empty), because
 * judging them is the verifier's job and it must be able to say which entry is wrong.
 */
public final class ExportReader implements AutoCloseable {

    private final BufferedReader in;
    private long lineNumber;

    public ExportReader(BufferedReader in) {
        this.in = in;
    }

    /** Line number of the record last returned (1-based). */
    public long lineNumber() {
        return lineNumber;
    }

    /** The next record, or null at the end of the input. */
    public ExportRecord next() {
        String line;
        try {
            line = in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null) {
            return null;
        }
        lineNumber++;
        return parse(line, lineNumber);
    }

    /** Parses one line. */
    public static ExportRecord parse(String line, long lineNumber) {
        Object v;
        try {
            v = JsonParser.parse(line);
        } catch (IllegalArgumentException e) {
            throw new MalformedExportException(lineNumber, "not JSON: " + e.getMessage());
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new MalformedExportException(lineNumber, "not a JSON object");
        }
        Object kind = m.get("kind");
        try {
            if ("entry".equals(kind)) {
                return new ExportRecord.EntryLine(entry(m));
            } else if ("checkpoint".equals(kind)) {
                List<String> cosigs = new ArrayList<>();
                if (!(m.get("cosignatures") instanceof List<?> l)) {
                    throw new IllegalArgumentException("cosignatures must be a list");
                }
                for (Object o : l) {
                    if (!(o instanceof String s)) {
                        throw new IllegalArgumentException("cosignatures must be strings");
                    }
                    cosigs.add(s);
                }
                return new ExportRecord.CheckpointLine(number(m, "treeSize"), text(m, "note"), cosigs);
            } else if ("key".equals(kind)) {
                return new ExportRecord.Key(
                        text(m, "keyId"), number(m, "fromSeq"), text(m, "verifierKey"), number(m, "createdAtMicros"));
            } else if ("header".equals(kind)) {
                if (!ExportRecord.FORMAT.equals(m.get("format"))) {
                    throw new IllegalArgumentException(
                            "format is " + m.get("format") + ", this verifier reads " + ExportRecord.FORMAT);
                }
                return new ExportRecord.Header(
                        text(m, "origin"), text(m, "suite"), number(m, "treeSize"), number(m, "exportedAtMicros"));
            } else if ("end".equals(kind)) {
                return new ExportRecord.End(number(m, "entries"), number(m, "checkpoints"), number(m, "keys"));
            }
            throw new IllegalArgumentException("unknown kind " + kind);
        } catch (IllegalArgumentException e) {
            throw new MalformedExportException(lineNumber, e.getMessage());
        }
    }

    static Entry entry(Map<?, ?> m) {
        long micros = number(m, "timestampMicros");
        Object actor = m.get("actorAccountId");
        return new Entry(
                number(m, "sequence"),
                Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                text(m, "type"),
                actor == null ? null : number(m, "actorAccountId"),
                optionalText(m, "actorRole"),
                optionalText(m, "subject"),
                text(m, "payload"),
                hex(text(m, "payloadHash")),
                hex(text(m, "previousHash")),
                hex(text(m, "entryHash")));
    }

    private static byte[] hex(String s) {
        try {
            return Bytes.fromHex(s);
        } catch (IllegalArgumentException e) {
            return new byte[0]; // never equals a computed hash: the verifier names the entry
        }
    }

    private static long number(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof Long n)) {
            throw new IllegalArgumentException(key + " must be an integer");
        }
        return n;
    }

    private static String text(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new IllegalArgumentException(key + " must be a string");
        }
        return s;
    }

    private static String optionalText(Map<?, ?> m, String key) {
        Object v = m.get(key);
        if (v != null && !(v instanceof String)) {
            throw new IllegalArgumentException(key + " must be a string or null");
        }
        return (String) v;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
