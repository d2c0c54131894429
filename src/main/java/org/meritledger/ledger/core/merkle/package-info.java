/**
 * RFC 6962 / RFC 9162 Merkle trees: hashing, proofs, and the append-only node layout.
 *
 * <p>Leaf hash = H(0x00 || leaf data), node hash = H(0x01 || left || right), where H is the
 * ledger suite's hash. Three kinds of code live here, and nothing else:
 *
 * <ul>
 *   <li>verification ({@link org.meritledger.ledger.core.merkle.ProofVerifier}), a port of
 *       transparency-dev/merkle {@code proof/verify.go} that follows RFC 9162 §2.1.3.2 and §2.1.4.2;
 *   <li>the stored-node scheme: node (level L, index i) is the root of the perfect subtree over
 *       leaves [i·2^L, (i+1)·2^L). Such a node never changes once complete, so the application can
 *       store it as a row. {@link org.meritledger.ledger.core.merkle.MerkleAppender} reports new
 *       complete nodes as leaves are appended, and {@link
 *       org.meritledger.ledger.core.merkle.ProofBuilder} builds roots and proofs for any tree size
 *       from O(log n) of them, read through a {@link org.meritledger.ledger.core.merkle.NodeStore};
 *   <li>in-memory conveniences over a list of leaf hashes ({@link
 *       org.meritledger.ledger.core.merkle.MerkleTree}).
 * </ul>
 */
package org.meritledger.ledger.core.merkle;
