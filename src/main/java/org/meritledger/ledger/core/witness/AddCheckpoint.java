package org.meritledger.ledger.core.witness;

import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.Bytes;

/**
 * The body of a tlog-witness {@code add-checkpoint} request: {@code old <size>}, zero to 63
 * base64 consistency proof lines, an empty line, then the signed checkpoint. Every line ends in a
 * newline.
 */
public record AddCheckpoint(long oldSize, List<byte[]> proof, String signedCheckpoint) {

    public static final int MAX_PROOF_LINES = 63;

    public AddCheckpoint {
        if (oldSize < 0) {
            throw new IllegalArgumentException("negative old size");
        }
        proof = List.copyOf(proof);
    }

    public String format() {
        StringBuilder sb = new StringBuilder("old ").append(oldSize).append('\n');
        for (byte[] h : proof) {
            sb.append(Bytes.base64(h)).append('\n');
        }
        return sb.append('\n').append(signedCheckpoint).toString();
    }

    /**
     * Strict parse.
     *
     * @throws IllegalArgumentException with the reason if the body is malformed (HTTP 400)
     */
    public static AddCheckpoint parse(String body) {
        int blank = body.indexOf("\n\n");
        if (blank < 0) {
            throw new IllegalArgumentException("no empty line before the checkpoint");
        }
        String[] lines = body.substring(0, blank).split("\n", -1);
        if (!lines[0].matches("old (0|[1-9][0-9]{0,18})")) {
            throw new IllegalArgumentException("first line must be \"old <size>\" in canonical decimal");
        }
        long old;
        try {
            old = Long.parseLong(lines[0].substring(4));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("old size out of range");
        }
        if (lines.length - 1 > MAX_PROOF_LINES) {
            throw new IllegalArgumentException("more than " + MAX_PROOF_LINES + " consistency proof lines");
        }
        List<byte[]> proof = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            byte[] h;
            try {
                h = Bytes.fromBase64(lines[i]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("proof line " + i + " is not canonical base64");
            }
            if (h.length != 32) {
                throw new IllegalArgumentException("proof line " + i + " is not a 32-byte hash");
            }
            proof.add(h);
        }
        String note = body.substring(blank + 2);
        if (note.isEmpty()) {
            throw new IllegalArgumentException("no checkpoint after the empty line");
        }
        return new AddCheckpoint(old, proof, note);
    }
}
