package org.meritledger.ledger.core.checkpoint;

import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.Bytes;

/**
 * A C2SP {@code tlog-proof@v1}: an entry index, its inclusion proof and the signed checkpoint it
 * leads to, in one offline-verifiable text. Proof hashes are the suite's (32 bytes), leaf side
 * first; the leaf itself is H(0x00 || entry hash) (see ledger-format.md).
 */
public record TlogProof(byte[] extra, long index, List<byte[]> proof, String signedCheckpoint) {

    static final String HEADER = "c2sp.org/tlog-proof@v1";

    public TlogProof {
        extra = extra == null ? null : extra.clone();
        proof = List.copyOf(proof);
    }

    public String format() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            sb.append("extra ").append(Bytes.base64(extra)).append('\n');
        }
        sb.append("index ").append(index).append('\n');
        for (byte[] h : proof) {
            sb.append(Bytes.base64(h)).append('\n');
        }
        return sb.append('\n').append(signedCheckpoint).toString();
    }

    public static TlogProof parse(String text) throws MalformedCheckpointException {
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new MalformedCheckpointException("tlog-proof has no blank line before the checkpoint");
        }
        String[] lines = text.substring(0, blank).split("\n", -1);
        int i = 0;
        if (!HEADER.equals(lines[i++])) {
            throw new MalformedCheckpointException("tlog-proof must start with " + HEADER);
        }
        byte[] extra = null;
        try {
            if (i < lines.length && lines[i].startsWith("extra ")) {
                extra = Bytes.fromBase64(lines[i++].substring(6));
            }
            if (i >= lines.length || !lines[i].matches("index (0|[1-9][0-9]{0,18})")) {
                throw new MalformedCheckpointException("missing or non-canonical index line");
            }
            long index = Long.parseLong(lines[i++].substring(6));
            List<byte[]> proof = new ArrayList<>();
            for (; i < lines.length; i++) {
                proof.add(Bytes.fromBase64(lines[i]));
            }
            return new TlogProof(extra, index, proof, text.substring(blank + 2));
        } catch (IllegalArgumentException e) {
            throw new MalformedCheckpointException("bad base64 or number in tlog-proof: " + e.getMessage());
        }
    }
}
