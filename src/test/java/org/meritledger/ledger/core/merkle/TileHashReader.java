package org.meritledger.ledger.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An independent reader of a tlog-tiles log, written from the specification for the tests (it
 * shares no code with the portal's tree, proof or tile code): it fetches the tiles a tree of
 * {@code size} requires (full tiles, or the partial tile of width floor(size / 256^L) mod 256),
 * derives any node from them by hashing within the tile, and builds RFC 6962 audit paths and
 * consistency proofs from those nodes.
 */
final class TileHashReader {

    private final long size;
    private final Function<String, byte[]> fetch;
    private final Map<String, byte[]> fetched = new HashMap<>();

    /** @param fetch returns the bytes served at a tile path such as {@code tile/0/x001/234.p/7} */
    TileHashReader(long size, Function<String, byte[]> fetch) {
        this.size = size;
        this.fetch = fetch;
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Paths fetched so far (to check the reader asked only for tiles that must exist). */
    List<String> fetchedPaths() {
        return new ArrayList<>(fetched.keySet());
    }

    /** Hash of the perfect subtree at Merkle level {@code k}, index {@code i}. */
    byte[] node(int k, long i) {
        int tileLevel = k / 8;
        int height = k % 8;
        long first = i << height; // index among the level-8·tileLevel hashes
        long n = first / 256;
        long span = 1;
        for (int j = 0; j < tileLevel; j++) {
            span *= 256;
        }
        String path;
        if ((n + 1) * 256 * span <= size) {
            path = "tile/" + tileLevel + "/" + index(n);
        } else {
            long width = (size / span) % 256;
            path = "tile/" + tileLevel + "/" + index(n) + ".p/" + width;
        }
        byte[] tile = fetched.computeIfAbsent(path, fetch);
        List<byte[]> hashes = new ArrayList<>();
        int offset = (int) (first % 256);
        for (int j = 0; j < (1 << height); j++) {
            int at = (offset + j) * 32;
            if (at + 32 > tile.length) {
                throw new IllegalStateException(path + " has no hash " + (offset + j));
            }
            hashes.add(Arrays.copyOfRange(tile, at, at + 32));
        }
        while (hashes.size() > 1) {
            List<byte[]> up = new ArrayList<>();
            for (int j = 0; j < hashes.size(); j += 2) {
                up.add(sha256(new byte[] {1}, hashes.get(j), hashes.get(j + 1)));
            }
            hashes = up;
        }
        return hashes.get(0);
    }

    /** {@code N} as tlog-tiles path elements: 1234067 → x001/x234/067. */
    static String index(long n) {
        String d = Long.toString(n);
        while (d.length() % 3 != 0) {
            d = "0" + d;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.length(); i += 3) {
            sb.append(i > 0 ? "/" : "").append(i + 3 < d.length() ? "x" : "").append(d, i, i + 3);
        }
        return sb.toString();
    }

    /** MTH(D[a:b]) from tile hashes: perfect aligned ranges are nodes, others split at the RFC's k. */
    byte[] mth(long a, long b) {
        long n = b - a;
        if (Long.bitCount(n) == 1 && a % n == 0) {
            return node(Long.numberOfTrailingZeros(n), a / n);
        }
        long k = Long.highestOneBit(n - 1);
        return sha256(new byte[] {1}, mth(a, a + k), mth(a + k, b));
    }

    /** RFC 6962 PATH(m, D[a:b]). */
    List<byte[]> path(long m, long a, long b) {
        List<byte[]> out = new ArrayList<>();
        long n = b - a;
        if (n == 1) {
            return out;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            out.addAll(path(m, a, a + k));
            out.add(mth(a + k, b));
        } else {
            out.addAll(path(m - k, a + k, b));
            out.add(mth(a, a + k));
        }
        return out;
    }

    /** RFC 6962 PROOF(m, D[0:size]). */
    List<byte[]> consistency(long m) {
        return subproof(m, 0, size, true);
    }

    private List<byte[]> subproof(long m, long a, long b, boolean whole) {
        List<byte[]> out = new ArrayList<>();
        long n = b - a;
        if (m == n) {
            if (!whole) {
                out.add(mth(a, b));
            }
            return out;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            out.addAll(subproof(m, a, a + k, whole));
            out.add(mth(a + k, b));
        } else {
            out.addAll(subproof(m - k, a + k, b, false));
            out.add(mth(a, a + k));
        }
        return out;
    }
}
