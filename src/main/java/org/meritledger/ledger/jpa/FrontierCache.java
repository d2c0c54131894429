package org.meritledger.ledger.jpa;

import org.meritledger.ledger.core.merkle.LogHasher;
import org.meritledger.ledger.core.merkle.MerkleAppender;

/**
 * The Merkle compact range (frontier) after this node's last append, kept in memory so the next
 * append need not read it from ledger_node. It is keyed by the tree size and the last entry hash
 * and used only when both equal the head row just locked: the last entry hash commits to every
 * entry before it, so a match means the same chain, whichever node wrote the entries since. After
 * another node's append or a rollback it simply does not match and the nodes are read again.
 * One per portal node (the load driver and the concurrency test make one per simulated node).
 */
public final class FrontierCache {

    private record Snapshot(String suiteId, long size, String lastHashHex, MerkleAppender tree) {}

    private volatile Snapshot last;

    /** A private copy of the cached frontier if it is the one of this head, else null. */
    MerkleAppender take(String suiteId, long size, String lastHashHex, LogHasher hasher) {
        Snapshot s = last;
        if (s != null && s.size == size && s.suiteId.equals(suiteId) && s.lastHashHex.equals(lastHashHex)) {
            return s.tree.copy(hasher);
        }
        return null;
    }

    void put(String suiteId, long size, String lastHashHex, MerkleAppender tree, LogHasher hasher) {
        last = new Snapshot(suiteId, size, lastHashHex, tree.copy(hasher));
    }
}
