/**
 * Receipts: one entry with its inclusion proof and the signed checkpoint it leads to, as a
 * self-contained JSON document anyone can check offline (ledger-format.md, "Receipts"), and the
 * check itself. Pure: built on the chain, merkle and checkpoint packages.
 */
package org.meritledger.ledger.core.receipt;
