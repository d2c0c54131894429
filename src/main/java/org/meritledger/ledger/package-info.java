/**
 * Reserved for the tamper-evident ledger (hash chain, Merkle tree, signed checkpoints).
 * Its pure core will have no Jakarta, Hibernate or Vaadin imports so a standalone verifier can
 * reuse it. See issue "Ledger" and docs/ledger-format.md once it lands.
 */
package org.meritledger.ledger;
