package org.meritledger.ledger.core.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only tree kept as a compact range [0, size): one perfect-subtree root per set bit of
 * size (transparency-dev's {@code compact.Range} with begin fixed at 0).
 *
 * <p>Appending a leaf merges equal-sized subtrees like a binary counter increments, so each merge
 * completes exactly one node: those are the nodes reported to the {@link NodeSink}, and the only
 * ones the application ever needs to store. Memory is O(log n); amortised one hash per append
 * (plus the leaf's own). Not thread-safe.
 */
public final class MerkleAppender {

    private final LogHasher hasher;
    /** perfect[level] is the root over the size's 2^level-sized block, or null if that bit is 0. */
    private final byte[][] perfect = new byte[64][];

    private long size;

    public MerkleAppender(LogHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * Continues a tree of {@code size} leaves whose nodes are in {@code store}, reading only the
     * popcount(size) ≤ 63 nodes of its compact range (e.g. after an application restart).
     */
    public static MerkleAppender resume(LogHasher hasher, NodeStore store, long size) {
        MerkleAppender a = new MerkleAppender(hasher);
        List<NodeId> ids = RangeNodes.decompose(0, size);
        byte[][] hashes = store.nodes(ids);
        for (int i = 0; i < ids.size(); i++) {
            a.perfect[ids.get(i).level()] = hashes[i];
        }
        a.size = size;
        return a;
    }

    /** An independent copy of this tree's state, hashing with {@code otherHasher} (same suite). */
    public MerkleAppender copy(LogHasher otherHasher) {
        MerkleAppender a = new MerkleAppender(otherHasher);
        System.arraycopy(perfect, 0, a.perfect, 0, perfect.length);
        a.size = size;
        return a;
    }

    public long size() {
        return size;
    }

    /**
     * Appends a leaf hash (already H(0x00 || data)) and hands every node completed by it to
     * {@code sink}: first the leaf itself as (0, index), then each merged parent, lowest level
     * first. {@code sink} may be null when only roots are wanted (chain verification).
     */
    public void append(byte[] leafHash, NodeSink sink) {
        if (leafHash.length != hasher.size()) {
            throw new IllegalArgumentException("leaf hash must be " + hasher.size() + " bytes");
        }
        long index = size;
        if (sink != null) {
            sink.put(0, index, leafHash);
        }
        byte[] h = leafHash;
        int level = 0;
        while ((index & 1) == 1) { // a left sibling of the same size is waiting: merge
            h = hasher.hashChildren(perfect[level], h);
            perfect[level] = null;
            index >>>= 1;
            level++;
            if (sink != null) {
                sink.put(level, index, h);
            }
        }
        perfect[level] = h;
        size++;
    }

    /** Like {@link #append(byte[], NodeSink)}, returning the completed nodes (leaf first). */
    public List<Node> append(byte[] leafHash) {
        List<Node> out = new ArrayList<>(2);
        append(leafHash, (level, index, hash) -> out.add(new Node(level, index, hash)));
        return out;
    }

    /** Root hash of the tree at the current size: the compact range folded right to left. */
    public byte[] root() {
        byte[] h = null;
        for (int level = 0; level < 64; level++) {
            byte[] p = perfect[level];
            if (p != null) {
                h = h == null ? p : hasher.hashChildren(p, h);
            }
        }
        return h == null ? hasher.emptyRoot() : h;
    }
}
