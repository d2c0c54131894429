package org.meritledger.training.mytraining.ui;

import org.meritledger.ledger.ui.EntryReceiptDialog;
import org.meritledger.training.mytraining.ResultReceipt;

/**
 * A result's receipt: the ledger's receipt dialog for the entry that recorded the result (the
 * same dialog as every other receipt the portal shows; the help page is {@link ReceiptHelpView}).
 */
public class ReceiptDialog extends EntryReceiptDialog {

    public ReceiptDialog(ResultReceipt r) {
        super(r.ledger(), r.recordsThisResult(), "training.receipt.otherRecord");
    }
}
