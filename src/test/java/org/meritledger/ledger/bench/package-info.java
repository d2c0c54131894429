/**
 * Load drivers for the ledger on PostgreSQL (not tests; never run by {@code mvn verify}). The
 * command and the figures are in docs/benchmarks.md, section "Ledger".
 */
package org.meritledger.ledger.bench;
