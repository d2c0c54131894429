/**
 * C2SP tlog-cosignature (Ed25519, {@code cosignature/v1}): the timestamped signature a witness
 * puts on a checkpoint after checking it is consistent with everything it saw before, the
 * witness's verifier key (signature type 0x04) and the checks a receipt holder or an export
 * verifier runs on such lines. Pure: built on {@code note} and {@code suite} only.
 */
package org.meritledger.ledger.core.cosign;
