package org.meritledger.training.mytraining;

import org.meritledger.ledger.EntryReceipt;

/**
 * A signed result's receipt: the ledger entry it names, whether that entry checks out against a
 * signed checkpoint, and whether the entry records this result exactly as the portal shows it.
 */
public record ResultReceipt(long resultId, EntryReceipt ledger, boolean recordsThisResult) {

    public boolean verified() {
        return recordsThisResult && ledger.verified();
    }
}
