package org.meritledger.ledger.core.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Builds roots and RFC 9162 proofs for any tree size from stored perfect-subtree nodes.
 *
 * <p>The RFC 6962 §2.1.1 PATH and §2.1.2 SUBPROOF recursions are walked top-down. Each step adds
 * one sibling that is either a stored node (a perfect left subtree) or the root of the right part
 * [k, n), which is perfect unless it reaches the tree's ragged right edge. That "ephemeral" part
 * appears at most once per proof and is recomputed from ≤ log n stored nodes, so a proof reads
 * O(log n) nodes in one {@link NodeStore#nodes} call, never the whole tree.
 */
public final class ProofBuilder {

    private final LogHasher hasher;
    private final NodeStore store;

    public ProofBuilder(LogHasher hasher, NodeStore store) {
        this.hasher = hasher;
        this.store = store;
    }

    /** Root of the tree of the first {@code size} leaves (MTH, RFC 9162 §2.1.1). */
    public byte[] rootHash(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
        if (size == 0) {
            return hasher.emptyRoot();
        }
        return fetchAndFold(List.of(RangeNodes.decompose(0, size))).get(0);
    }

    /** Inclusion proof for leaf {@code index} in the tree of {@code size} leaves, leaf side first. */
    public List<byte[]> inclusionProof(long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index " + index + " out of range for size " + size);
        }
        List<List<NodeId>> items = new ArrayList<>(64);
        long offset = 0;
        long n = size;
        long m = index;
        while (n > 1) {
            long k = Long.highestOneBit(n - 1); // largest power of two < n
            if (m < k) { // leaf is on the left: sibling is the right part [k, n)
                items.add(RangeNodes.decompose(offset + k, offset + n));
                n = k;
            } else { // leaf is on the right: sibling is the perfect left part [0, k)
                items.add(List.of(perfect(offset, k)));
                offset += k;
                m -= k;
                n -= k;
            }
        }
        Collections.reverse(items); // the recursion lists the deepest sibling first
        return fetchAndFold(items);
    }

    /** Consistency proof from {@code size1} to {@code size2} (RFC 9162 §2.1.4.1); 0 < size1 ≤ size2. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        if (size1 <= 0 || size1 > size2) {
            throw new IllegalArgumentException("need 0 < size1 <= size2, got " + size1 + ", " + size2);
        }
        List<List<NodeId>> items = new ArrayList<>(64);
        long offset = 0;
        long n = size2;
        long m = size1;
        boolean whole = true; // SUBPROOF's b: is [offset, offset+m) the entire old tree?
        while (m != n) {
            long k = Long.highestOneBit(n - 1);
            if (m <= k) {
                items.add(RangeNodes.decompose(offset + k, offset + n));
                n = k;
            } else {
                items.add(List.of(perfect(offset, k)));
                offset += k;
                m -= k;
                n -= k;
                whole = false;
            }
        }
        if (!whole) {
            // Only reachable through a left step, so n is a power of two: a stored node.
            items.add(List.of(perfect(offset, n)));
        }
        Collections.reverse(items);
        return fetchAndFold(items);
    }

    private static NodeId perfect(long offset, long width) {
        int level = Long.numberOfTrailingZeros(width);
        return new NodeId(level, offset >>> level);
    }

    /** Reads all nodes in one batch, then folds each multi-node item right to left into one hash. */
    private List<byte[]> fetchAndFold(List<List<NodeId>> items) {
        List<NodeId> flat = new ArrayList<>(items.size() + 8);
        for (List<NodeId> item : items) {
            flat.addAll(item);
        }
        byte[][] hashes = store.nodes(flat);
        List<byte[]> out = new ArrayList<>(items.size());
        int at = 0;
        for (List<NodeId> item : items) {
            int last = at + item.size() - 1;
            byte[] h = hashes[last];
            for (int i = last - 1; i >= at; i--) {
                h = hasher.hashChildren(hashes[i], h);
            }
            out.add(h);
            at = last + 1;
        }
        return out;
    }
}
