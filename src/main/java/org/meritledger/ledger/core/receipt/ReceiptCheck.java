package org.meritledger.ledger.core.receipt;

/**
 * What checking a receipt found: verified, or the first step that failed with expected and
 * computed values. {@code treeSize} and {@code keyIdHex} are those of the checkpoint (when it
 * could be read).
 */
public record ReceiptCheck(
        boolean verified, Step failedStep, String expected, String computed, long treeSize, String keyIdHex) {

    /** The steps of a check, in the order they run. */
    public enum Step {
        /** the stored payload hash is H(payload) */
        PAYLOAD_HASH,
        /** the stored entry hash is H(entry encoding) */
        ENTRY_HASH,
        /** the proof is for this entry's sequence number */
        INDEX,
        /** the checkpoint is well-formed, of this origin and suite, and signed by the trusted key */
        CHECKPOINT_SIGNATURE,
        /** the inclusion proof leads from the entry's leaf to the checkpoint's root */
        INCLUSION
    }

    static ReceiptCheck ok(long treeSize, String keyIdHex) {
        return new ReceiptCheck(true, null, null, null, treeSize, keyIdHex);
    }

    static ReceiptCheck failed(Step step, String expected, String computed, long treeSize, String keyIdHex) {
        return new ReceiptCheck(false, step, expected, computed, treeSize, keyIdHex);
    }
}
