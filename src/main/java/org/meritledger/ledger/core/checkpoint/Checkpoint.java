package org.meritledger.ledger.core.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meritledger.ledger.core.Bytes;

/**
 * A C2SP tlog-checkpoint body: origin, tree size, root hash, then optional extension lines.
 *
 * <pre>
 * example.org/merit-ledger
 * 3
 * base64(root hash)
 * suite ed25519-sha256
 * key 1a2b3c4d
 * </pre>
 */
public record Checkpoint(String origin, long size, byte[] rootHash, List<String> extensions) {

    public static final String SUITE_PREFIX = "suite ";
    public static final String KEY_PREFIX = "key ";

    public Checkpoint {
        if (origin.isEmpty() || origin.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("origin must be one non-empty line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size");
        }
        rootHash = rootHash.clone();
        extensions = List.copyOf(extensions);
        for (String e : extensions) {
            if (e.isEmpty() || e.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("extension lines must be single non-empty lines");
            }
        }
    }

    /** A checkpoint of this ledger, naming its suite and the id of the key that will sign it. */
    public static Checkpoint of(String origin, long size, byte[] rootHash, String suiteId, int keyId) {
        return new Checkpoint(
                origin, size, rootHash, List.of(SUITE_PREFIX + suiteId, KEY_PREFIX + String.format("%08x", keyId)));
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    /** The note text: every line ends in a newline. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        sb.append(origin)
                .append('\n')
                .append(size)
                .append('\n')
                .append(Bytes.base64(rootHash))
                .append('\n');
        for (String e : extensions) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }

    /** The {@code suite} extension, if present. */
    public Optional<String> suiteId() {
        return extension(SUITE_PREFIX);
    }

    /** The {@code key} extension (8 hex digits), if present. */
    public Optional<String> keyIdHex() {
        return extension(KEY_PREFIX);
    }

    private Optional<String> extension(String prefix) {
        return extensions.stream()
                .filter(e -> e.startsWith(prefix))
                .map(e -> e.substring(prefix.length()))
                .findFirst();
    }

    /**
     * Strict parse of a checkpoint body: at least three lines, each ending in a newline; size in
     * canonical decimal; root in canonical base64 of 32 bytes; extension lines non-empty.
     */
    public static Checkpoint parse(String body) throws MalformedCheckpointException {
        if (body.isEmpty() || body.charAt(body.length() - 1) != '\n') {
            throw new MalformedCheckpointException("body must end in a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new MalformedCheckpointException("need origin, size and root lines");
        }
        if (lines[0].isEmpty()) {
            throw new MalformedCheckpointException("empty origin");
        }
        if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
            throw new MalformedCheckpointException("tree size is not canonical decimal: " + lines[1]);
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw new MalformedCheckpointException("tree size out of range: " + lines[1]);
        }
        byte[] root;
        try {
            root = Bytes.fromBase64(lines[2]);
        } catch (IllegalArgumentException e) {
            throw new MalformedCheckpointException("root hash is not canonical base64");
        }
        if (root.length != 32) {
            throw new MalformedCheckpointException("root hash has " + root.length + " bytes, want 32");
        }
        List<String> ext = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new MalformedCheckpointException("empty extension line");
            }
            ext.add(lines[i]);
        }
        return new Checkpoint(lines[0], size, root, ext);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Checkpoint c && c.body().equals(body());
    }

    @Override
    public int hashCode() {
        return body().hashCode();
    }

    @Override
    public String toString() {
        return body();
    }
}
