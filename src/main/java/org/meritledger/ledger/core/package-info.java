/**
 * Pure cryptographic core of the Merit Ledger, free of any framework.
 *
 * <p>This root package holds only the few types every subpackage shares ({@link
 * org.meritledger.ledger.core.Digester}, {@link org.meritledger.ledger.core.Bytes}). The work
 * lives in the subpackages: {@code suite} (hash and signature algorithms), {@code jcs} (RFC 8785
 * JSON), {@code merkle} (RFC 9162 trees and proofs), {@code note} (C2SP signed notes), {@code
 * checkpoint} (C2SP tlog checkpoints), {@code chain} (entries and the chain verifier) and {@code
 * keystore} (PKCS#12 storage of suite keys). Main code may import only {@code java.*} and {@code
 * org.bouncycastle.*}: no persistence, UI or container types belong anywhere in this tree.
 */
package org.meritledger.ledger.core;
