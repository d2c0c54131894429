package org.meritledger.rewards.mytokens;

import org.meritledger.ledger.EntryReceipt;

/**
 * A movement's receipt: the ledger entry it names, whether that entry checks out against a signed
 * checkpoint, and whether the entry records this movement exactly as the row says (the same
 * receipt, and the same checks, as a training result's).
 */
public record MovementReceipt(long movementId, EntryReceipt ledger, boolean recordsThisMovement) {

    public boolean verified() {
        return recordsThisMovement && ledger.verified();
    }
}
