package org.meritledger.ledger;

import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptCheck;

/**
 * An entry's receipt as the portal shows it.
 *
 * @param entry the entry as stored
 * @param receipt the offline-checkable receipt, or null while no signed checkpoint covers the entry yet
 * @param checkpointSize tree size of the checkpoint it was checked against, or null
 * @param check what checking it found, or null with no receipt
 * @param problem why it could not be checked at all (e.g. unreadable stored hashes), else null
 */
public record EntryReceipt(Entry entry, Receipt receipt, Long checkpointSize, ReceiptCheck check, String problem) {

    public boolean verified() {
        return check != null && check.verified();
    }

    /** No checkpoint covers the entry yet (checkpoints follow writes within seconds). */
    public boolean pending() {
        return receipt == null && problem == null;
    }

    public long sequence() {
        return entry.sequence();
    }

    public String entryHashHex() {
        return Bytes.hex(entry.entryHash());
    }

    public String keyIdHex() {
        return check == null ? null : check.keyIdHex();
    }
}
