/**
 * How the ledger is stored: one JPA row class per ledger table (db-migrations/common/V2) and the
 * database-backed Merkle node store. Nothing here decides anything; the rules are in
 * {@code ledger} and {@code ledger.core}. Hashes are lower-case hex text (char(64)).
 */
package org.meritledger.ledger.jpa;
