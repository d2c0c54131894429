package org.meritledger.ledger.core.export;

/**
 * The first thing found wrong in an export.
 *
 * @param sequence the entry sequence number where it breaks (for a checkpoint: its size − 1),
 *     or −1 when it is not tied to an entry (a malformed line, the trusted key)
 * @param check what was checked: a {@link org.meritledger.ledger.core.chain.Check} name for
 *     chain checks, or one of this package's ({@code FORMAT}, {@code KEY_HISTORY}, {@code
 *     TRUSTED_KEY}, {@code COSIGNATURE}, {@code QUORUM}, {@code COMPLETENESS})
 * @param expected what was stored or claimed, or what the format requires
 * @param computed what the verifier recomputed or found
 * @param detail a sentence for people, or null
 */
public record ExportFailure(long sequence, String check, String expected, String computed, String detail) {

    @Override
    public String toString() {
        return (sequence >= 0 ? "entry " + sequence + ": " : "") + check + " failed: expected " + expected
                + ", computed " + computed + (detail == null ? "" : " (" + detail + ")");
    }
}
