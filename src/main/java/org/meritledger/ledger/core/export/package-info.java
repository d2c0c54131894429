/**
 * The ledger export ({@code merit-ledger-export/v1}, ledger-format.md section 11): one RFC 8785
 * JSON object per line (header, key history, entries with the checkpoints placed right after the
 * entry that completes them, end), its writer and reader, and the streaming verifier that the
 * standalone command-line verifier runs. Memory stays constant in the number of entries.
 */
package org.meritledger.ledger.core.export;
