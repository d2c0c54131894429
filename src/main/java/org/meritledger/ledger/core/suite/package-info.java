/**
 * Crypto suites: the fixed pair of hash function and signature scheme a ledger uses for life.
 *
 * <p>A suite is chosen by its id string ({@code ed25519-sha256}, {@code sm2-sm3}, {@code
 * gost2012-streebog}) when the ledger is created and recorded in the genesis entry. Everything
 * that hashes or signs goes through {@link org.meritledger.ledger.core.suite.Suite}, so the rest
 * of the core never names an algorithm. Keys are plain {@code java.security} keys backed by Bouncy
 * Castle, so the application can keep them in a PKCS#12 key store. Formats built on top of suites
 * (Merkle trees, notes, entries) live in their own packages.
 */
package org.meritledger.ledger.core.suite;
