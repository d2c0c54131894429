package org.meritledger.ledger.core.merkle;

import java.util.List;

/**
 * Conveniences over an in-memory list of leaf hashes (tests, small standalone verifiers). They
 * build the node layout in O(n) and reuse {@link ProofBuilder}; large trees should keep their
 * nodes in a {@link NodeStore} instead.
 */
public final class MerkleTree {

    private MerkleTree() {}

    /** MTH(D[0:n]) over the given leaf hashes (RFC 9162 §2.1.1). */
    public static byte[] rootHash(LogHasher hasher, List<byte[]> leafHashes) {
        MerkleAppender a = new MerkleAppender(hasher);
        for (byte[] leaf : leafHashes) {
            a.append(leaf, null);
        }
        return a.root();
    }

    /** Inclusion proof for {@code index} in the tree of the first {@code size} leaves. */
    public static List<byte[]> inclusionProof(LogHasher hasher, List<byte[]> leafHashes, long index, long size) {
        return new ProofBuilder(hasher, store(hasher, leafHashes, size)).inclusionProof(index, size);
    }

    /** Consistency proof between the trees of the first {@code size1} and {@code size2} leaves. */
    public static List<byte[]> consistencyProof(LogHasher hasher, List<byte[]> leafHashes, long size1, long size2) {
        return new ProofBuilder(hasher, store(hasher, leafHashes, size2)).consistencyProof(size1, size2);
    }

    /** All nodes of the tree of the first {@code size} leaves. */
    public static InMemoryNodeStore store(LogHasher hasher, List<byte[]> leafHashes, long size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("size " + size + " out of range for " + leafHashes.size() + " leaves");
        }
        InMemoryNodeStore store = new InMemoryNodeStore(hasher.size());
        MerkleAppender a = new MerkleAppender(hasher);
        for (int i = 0; i < size; i++) {
            a.append(leafHashes.get(i), store);
        }
        return store;
    }
}
