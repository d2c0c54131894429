/**
 * C2SP {@code tlog-checkpoint} bodies signed as C2SP signed notes, and the {@code tlog-proof}
 * bundle of an inclusion proof with its checkpoint.
 *
 * <p>A checkpoint commits to the ledger's Merkle root at a tree size. Ours carry two extension
 * lines, {@code suite <id>} and {@code key <hex key id>}, so a reader knows which algorithms and
 * which key (after rotations) the checkpoint claims, before trusting anything in it.
 */
package org.meritledger.ledger.core.checkpoint;
