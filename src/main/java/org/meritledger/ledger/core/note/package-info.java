/**
 * C2SP signed notes ({@code c2sp.org/signed-note}): text followed by a blank line and one
 * signature line per key, plus the verifier-key strings of {@code golang.org/x/mod/sumdb/note}.
 *
 * <p>Only the generic note layer lives here; what a checkpoint's text means is in {@code
 * checkpoint}. Ed25519 notes are byte-compatible with the Go tooling. SM2 and GOST keys use the
 * spec's 0xff private signature type (documented in ledger-format.md), which other tools will
 * treat as unknown keys, as the spec requires.
 */
package org.meritledger.ledger.core.note;
