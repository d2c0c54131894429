package org.meritledger.ledger;

/**
 * Receipts for single entries: the entry, an inclusion proof into a signed checkpoint, and
 * whether that checks out right now. An interface so feature services can be unit-tested with an
 * in-memory ledger.
 */
public interface LedgerReceipts {

    /**
     * The receipt of entry {@code seq} against the newest checkpoint that covers it and is signed
     * by the key in effect, checked with the pure core.
     *
     * @throws org.meritledger.base.NotFoundException if there is no such entry
     */
    EntryReceipt receipt(long seq);
}
