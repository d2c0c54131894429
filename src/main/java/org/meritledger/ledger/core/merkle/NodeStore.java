package org.meritledger.ledger.core.merkle;

import java.util.List;

/**
 * Read access to stored perfect-subtree node hashes. Level 0 nodes are the leaf hashes (the
 * application keeps those with its entries); higher levels come from {@link MerkleAppender}.
 *
 * <p>Proof and root building ask for O(log n) nodes at once through {@link #nodes}, so a database
 * implementation can answer with one query instead of one per node.
 */
public interface NodeStore {

    /**
     * The hash of node (level, index).
     *
     * @throws MissingNodeException if that node is not (yet) stored
     */
    byte[] node(int level, long index);

    /** Hashes of {@code ids}, in the same order. Override to batch reads. */
    default byte[][] nodes(List<NodeId> ids) {
        byte[][] out = new byte[ids.size()][];
        for (int i = 0; i < out.length; i++) {
            NodeId id = ids.get(i);
            out[i] = node(id.level(), id.index());
        }
        return out;
    }
}
