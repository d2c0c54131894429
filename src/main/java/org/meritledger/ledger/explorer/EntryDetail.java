package org.meritledger.ledger.explorer;

import java.util.List;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.explorer.EntrySearch.CoveringCheckpoint;

/**
 * One entry opened in the explorer.
 *
 * @param summary what it is
 * @param payloadPretty its payload, indented for reading (the hashed bytes are the canonical form)
 * @param payloadHashHex H(payload)
 * @param previousHashHex the entry hash it chains to
 * @param entryHashHex its own entry hash
 * @param firstCovering the checkpoint that first signed a tree containing it, or null
 * @param receipt its inclusion proof into the newest covering checkpoint, checked now
 * @param subjectHistory the entries about the same record, oldest first (the record's history)
 */
public record EntryDetail(
        EntrySummary summary,
        String payloadPretty,
        String payloadHashHex,
        String previousHashHex,
        String entryHashHex,
        CoveringCheckpoint firstCovering,
        EntryReceipt receipt,
        List<EntrySummary> subjectHistory) {

    /** The inclusion proof's hashes, leaf side first, as hex. */
    public List<String> proofHex() {
        if (receipt == null || receipt.receipt() == null) {
            return List.of();
        }
        return receipt.receipt().proof().proof().stream()
                .map(org.meritledger.ledger.core.Bytes::hex)
                .toList();
    }
}
