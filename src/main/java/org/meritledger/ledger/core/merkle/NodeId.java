package org.meritledger.ledger.core.merkle;

/**
 * Address of a perfect subtree: level L (0 = leaves) and index i, covering leaves
 * [i·2^L, (i+1)·2^L). Same scheme as transparency-dev/merkle's {@code compact.NodeID}.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 63 || index < 0) {
            throw new IllegalArgumentException("bad node id: level " + level + ", index " + index);
        }
    }

    /** First leaf index covered. */
    public long begin() {
        return index << level;
    }

    /** One past the last leaf index covered. */
    public long end() {
        return (index + 1) << level;
    }
}
