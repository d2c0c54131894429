package org.meritledger.ledger.core.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The RFC 6962 §2.1 definitions transcribed literally (MTH, PATH, PROOF/SUBPROOF), with SHA-256
 * from a fresh MessageDigest and no code shared with the main tree. Deliberately slow and obvious;
 * the only concession is a cache of MTH results, which cannot change what the pure function returns.
 */
final class ReferenceMerkle {

    private final List<byte[]> data;
    private final Map<Long, byte[]> mthCache = new HashMap<>();

    ReferenceMerkle(List<byte[]> data) {
        this.data = data;
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

    static byte[] leafHash(byte[] d) {
        return sha256(new byte[] {0x00}, d);
    }

    /** Largest power of two strictly smaller than n (n > 1). */
    static int k(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }

    /** MTH(D[a:b]). */
    byte[] mth(int a, int b) {
        int n = b - a;
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return leafHash(data.get(a));
        }
        long key = ((long) a << 32) | b;
        byte[] cached = mthCache.get(key);
        if (cached == null) {
            int k = k(n);
            cached = sha256(new byte[] {0x01}, mth(a, a + k), mth(a + k, b));
            mthCache.put(key, cached);
        }
        return cached;
    }

    /** PATH(m, D[a:b]): audit path for leaf a+m. */
    List<byte[]> path(int m, int a, int b) {
        int n = b - a;
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = k(n);
        if (m < k) {
            out.addAll(path(m, a, a + k));
            out.add(mth(a + k, b));
        } else {
            out.addAll(path(m - k, a + k, b));
            out.add(mth(a, a + k));
        }
        return out;
    }

    /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true). */
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int a, int b, boolean whole) {
        int n = b - a;
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!whole) {
                out.add(mth(a, b));
            }
            return out;
        }
        int k = k(n);
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
