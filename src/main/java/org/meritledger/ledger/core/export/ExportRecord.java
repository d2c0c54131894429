package org.meritledger.ledger.core.export;

import java.util.List;
import org.meritledger.ledger.core.chain.Entry;

/** One line of an export. */
public sealed interface ExportRecord {

    String FORMAT = "merit-ledger-export/v1";

    /** First line: what the file claims to hold. */
    record Header(String origin, String suiteId, long treeSize, long exportedAtMicros) implements ExportRecord {}

    /** A row of the key history (ledger_signing_key): public key, and the entry it signs after. */
    record Key(String keyId, long fromSeq, String verifierKey, long createdAtMicros) implements ExportRecord {}

    /** A ledger entry, exactly as stored. */
    record EntryLine(Entry entry) implements ExportRecord {}

    /**
     * A stored checkpoint: the log's signed note and the cosignature lines witnesses returned
     * for it (each without its final newline).
     */
    record CheckpointLine(long treeSize, String note, List<String> cosignatures) implements ExportRecord {
        public CheckpointLine {
            cosignatures = List.copyOf(cosignatures);
        }
    }

    /** Last line: counts, so a truncated file is told apart from a short ledger. */
    record End(long entries, long checkpoints, long keys) implements ExportRecord {}
}
