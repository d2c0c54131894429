/**
 * Keeping suite key pairs in PKCS#12 key stores: self-signed holder certificates (a PKCS#12
 * private-key entry needs a certificate chain) and the store/load round trip.
 *
 * <p>Uses Bouncy Castle's PKCS#12 implementation, because the JDK's can store but not read back
 * SM2 and GOST keys (see ledger-format.md, "Key storage"). Certificates are built with bcprov's
 * ASN.1 classes only, so the core needs no bcpkix dependency.
 */
package org.meritledger.ledger.core.keystore;
