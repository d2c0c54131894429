/** Training's ledger mirrors: the current state of every standard version, signed result and correction, read back in plain SQL for verification. */
package org.meritledger.training.jpa;
