/**
 * The tamper-evident ledger. Its pure core ({@code ledger.core}: encoding, hashing, Merkle
 * proofs, signed checkpoints, crypto suites) has no Jakarta, Hibernate or Vaadin imports so a
 * standalone verifier can reuse it; the byte format is docs/ledger-format.md. Persistence,
 * append, verification and the integrity hold build on it here.
 */
package org.meritledger.ledger;
