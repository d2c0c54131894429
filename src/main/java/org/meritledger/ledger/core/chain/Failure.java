package org.meritledger.ledger.core.chain;

/**
 * The first thing found wrong in a chain.
 *
 * @param sequence the entry sequence number where the chain breaks (for a checkpoint: its size
 *     − 1, the last entry it covers; −1 if the failure is not tied to any entry)
 * @param check what was being checked
 * @param expected for hash and root checks, the value stored or claimed (by the entry row or the
 *     checkpoint); for sequence, order and format checks, what the format requires. Hashes in
 *     lowercase hex.
 * @param computed the value the verifier recomputed from the data, or actually found
 * @param detail a sentence for humans
 */
public record Failure(long sequence, Check check, String expected, String computed, String detail) {

    @Override
    public String toString() {
        return (sequence < 0 ? "" : "entry " + sequence + ": ") + check + " failed: expected " + expected
                + ", computed " + computed + (detail == null ? "" : " (" + detail + ")");
    }
}
