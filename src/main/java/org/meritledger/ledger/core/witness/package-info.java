/**
 * The witness side of C2SP tlog-witness as pure rules: the {@code add-checkpoint} request body
 * and the decision whether a submitted checkpoint may be cosigned given what the witness
 * cosigned before (status code, reason, and whether it is evidence of a fork or rewrite). Storing
 * the state atomically and answering over HTTP is the application's job.
 */
package org.meritledger.ledger.core.witness;
