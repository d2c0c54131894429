package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import org.meritledger.ledger.core.merkle.LogHasher;
import org.meritledger.ledger.core.merkle.MerkleAppender;

/**
 * The newest Merkle tree state this node derived from verified data: set by every passing
 * verification (the tree it recomputed from the entries) and advanced by the checkpoint writer
 * over entries whose tags it checked. Checkpoints are signed over roots continued from here,
 * never over roots read from the stored ledger_node rows, which anyone with database access can
 * change (docs/ledger.md "Threat model"). Kept in memory: after a start it comes from the
 * start-up verification, so until one passes nothing is signed.
 */
@ApplicationScoped
public class TrustedTree {

    private MerkleAppender tree;

    /** Offers a verified tree; kept if it is at least as large as the one held. */
    synchronized void offer(MerkleAppender verified) {
        if (tree == null || verified.size() >= tree.size()) {
            tree = verified;
        }
    }

    /** A copy of the held tree hashing with {@code hasher}, or null if nothing was verified yet. */
    synchronized MerkleAppender copy(LogHasher hasher) {
        return tree == null ? null : tree.copy(hasher);
    }

    /** Forgets the tree (a verification failed: nothing derived before it is trusted any more). */
    synchronized void forget() {
        tree = null;
    }
}
