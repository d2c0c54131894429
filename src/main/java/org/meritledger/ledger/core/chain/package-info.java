/**
 * Ledger entries and the hash chain over them: encoding, hashing, genesis and key-rotation
 * payloads, appending new entries, and the streaming {@link
 * org.meritledger.ledger.core.chain.ChainVerifier}.
 *
 * <p>Each entry's hash covers its fields and the previous entry's hash, and each entry hash is a
 * leaf of the ledger's Merkle tree, whose roots are signed as checkpoints. The exact bytes are
 * specified in ledger-format.md; this package is the reference implementation of that document.
 * Storage (rows, cursors, transactions) belongs to the application, not here.
 */
package org.meritledger.ledger.core.chain;
