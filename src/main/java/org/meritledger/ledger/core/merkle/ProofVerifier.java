package org.meritledger.ledger.core.merkle;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs, ported from
 * transparency-dev/merkle {@code proof/verify.go}. The RFC's step-by-step algorithms and this
 * formulation (split each proof at the level where the paths to the leaf and to the last leaf
 * diverge: "inner" nodes below, left-only "border" nodes above) accept exactly the same proofs;
 * the latter also knows the expected proof length up front, so it rejects padded proofs early.
 */
public final class ProofVerifier {

    private ProofVerifier() {}

    /** Checks that {@code leafHash} is leaf {@code index} of the tree of {@code size} with {@code root}. */
    public static void verifyInclusion(
            LogHasher hasher, long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws ProofVerificationException {
        byte[] computed = rootFromInclusionProof(hasher, index, size, leafHash, proof);
        match("root", root, computed);
    }

    /** The root implied by an inclusion proof; requires 0 ≤ index < size. */
    public static byte[] rootFromInclusionProof(
            LogHasher hasher, long index, long size, byte[] leafHash, List<byte[]> proof)
            throws ProofVerificationException {
        if (index < 0 || index >= size) {
            throw new ProofVerificationException("index is beyond size: " + index + " >= " + size);
        }
        checkHashSize(hasher, leafHash, "leaf hash");
        int inner = innerProofSize(index, size);
        int border = Long.bitCount(index >>> inner);
        if (proof == null ? inner + border != 0 : proof.size() != inner + border) {
            throw new ProofVerificationException(
                    "wrong proof size " + (proof == null ? 0 : proof.size()) + ", want " + (inner + border));
        }
        checkHashes(hasher, proof);
        byte[] res = chainInner(hasher, leafHash, proof, 0, inner, index);
        return chainBorderRight(hasher, res, proof, inner, inner + border);
    }

    /**
     * Checks that the tree of {@code size2} with {@code root2} extends the tree of {@code size1}
     * with {@code root1}. Requires 0 < size1 ≤ size2. As in transparency-dev (and unlike the
     * letter of RFC 9162 step 1), equal sizes are accepted with an empty proof and equal roots.
     */
    public static void verifyConsistency(
            LogHasher hasher, long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2)
            throws ProofVerificationException {
        byte[] computed = rootFromConsistencyProof(hasher, size1, size2, proof, root1);
        match("root2", root2, computed);
    }

    /** The size2 root implied by a consistency proof, after checking it against {@code root1}. */
    public static byte[] rootFromConsistencyProof(
            LogHasher hasher, long size1, long size2, List<byte[]> proof, byte[] root1)
            throws ProofVerificationException {
        int proofSize = proof == null ? 0 : proof.size();
        if (size2 < size1) {
            throw new ProofVerificationException("size2 (" + size2 + ") < size1 (" + size1 + ")");
        }
        if (size1 <= 0) {
            throw new ProofVerificationException("consistency proof from an empty tree is meaningless");
        }
        if (size1 == size2) {
            if (proofSize > 0) {
                throw new ProofVerificationException("size1 = size2, but proof is not empty");
            }
            return root1;
        }
        if (proofSize == 0) {
            throw new ProofVerificationException("empty proof");
        }
        checkHashes(hasher, proof);

        int inner = innerProofSize(size1 - 1, size2);
        int border = Long.bitCount((size1 - 1) >>> inner);
        // The old tree's rightmost perfect subtree has height 'shift'; chaining starts there.
        int shift = Long.numberOfTrailingZeros(size1);
        inner -= shift; // shift < inner because size1 < size2

        // The proof starts with that subtree's root, unless the old tree *is* that subtree, in
        // which case the verifier already has it as root1 (RFC 9162 §2.1.4.2 step 2).
        byte[] seed;
        int start;
        if (Long.bitCount(size1) == 1) {
            seed = root1;
            start = 0;
        } else {
            seed = proof.get(0);
            start = 1;
        }
        if (proofSize != start + inner + border) {
            throw new ProofVerificationException(
                    "wrong proof size " + proofSize + ", want " + (start + inner + border));
        }
        long mask = (size1 - 1) >>> shift;

        // Rebuild the old root from the left-hand nodes only, and the new root from all of them.
        byte[] hash1 = chainInnerRight(hasher, seed, proof, start, start + inner, mask);
        hash1 = chainBorderRight(hasher, hash1, proof, start + inner, proofSize);
        match("root1", root1, hash1);

        byte[] hash2 = chainInner(hasher, seed, proof, start, start + inner, mask);
        return chainBorderRight(hasher, hash2, proof, start + inner, proofSize);
    }

    /** Height of the node where the paths to leaves {@code index} and {@code size-1} diverge. */
    private static int innerProofSize(long index, long size) {
        return 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
    }

    /** Hashes up through proof[from, to), the seed being on the left where the index bit is 0. */
    private static byte[] chainInner(LogHasher hasher, byte[] seed, List<byte[]> proof, int from, int to, long index) {
        for (int i = from; i < to; i++) {
            byte[] h = proof.get(i);
            seed = ((index >>> (i - from)) & 1) == 0 ? hasher.hashChildren(seed, h) : hasher.hashChildren(h, seed);
        }
        return seed;
    }

    /** Like chainInner but uses only left siblings: yields the root of the older, smaller tree. */
    private static byte[] chainInnerRight(
            LogHasher hasher, byte[] seed, List<byte[]> proof, int from, int to, long index) {
        for (int i = from; i < to; i++) {
            if (((index >>> (i - from)) & 1) == 1) {
                seed = hasher.hashChildren(proof.get(i), seed);
            }
        }
        return seed;
    }

    /** Border nodes are always left siblings. */
    private static byte[] chainBorderRight(LogHasher hasher, byte[] seed, List<byte[]> proof, int from, int to) {
        for (int i = from; i < to; i++) {
            seed = hasher.hashChildren(proof.get(i), seed);
        }
        return seed;
    }

    private static void checkHashSize(LogHasher hasher, byte[] h, String what) throws ProofVerificationException {
        if (h == null || h.length != hasher.size()) {
            throw new ProofVerificationException(
                    what + " has size " + (h == null ? 0 : h.length) + ", want " + hasher.size());
        }
    }

    private static void checkHashes(LogHasher hasher, List<byte[]> proof) throws ProofVerificationException {
        if (proof == null) {
            return;
        }
        for (int i = 0; i < proof.size(); i++) {
            checkHashSize(hasher, proof.get(i), "proof[" + i + "]");
        }
    }

    private static void match(String what, byte[] expected, byte[] computed) throws RootMismatchException {
        // Constant time is not needed for public hashes; isEqual is just a null-safe compare.
        if (expected == null || !MessageDigest.isEqual(expected, computed)) {
            throw new RootMismatchException(what, expected, computed);
        }
    }
}
