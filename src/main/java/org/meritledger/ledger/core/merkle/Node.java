package org.meritledger.ledger.core.merkle;

/** A complete perfect-subtree node and its hash, as handed to the application for storage. */
public record Node(int level, long index, byte[] hash) {

    public NodeId id() {
        return new NodeId(level, index);
    }
}
