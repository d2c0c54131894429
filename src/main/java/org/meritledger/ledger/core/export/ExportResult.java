package org.meritledger.ledger.core.export;

import java.util.Optional;
import org.meritledger.ledger.core.Bytes;

/**
 * What verifying an export found.
 *
 * @param entries entries verified (all of them when valid)
 * @param checkpoints checkpoints whose root and signature verified
 * @param keys key history rows matched against the chain
 * @param rootHash Merkle root over all entries (valid only), else null
 * @param witnessedSize the largest checkpoint size cosigned by at least the quorum, or 0
 * @param cosignatures valid cosignatures by trusted witnesses, over all checkpoints
 * @param failure the first failure, or null when everything verified
 */
public record ExportResult(
        long entries,
        long checkpoints,
        long keys,
        byte[] rootHash,
        long witnessedSize,
        long cosignatures,
        ExportFailure failure) {

    public boolean valid() {
        return failure == null;
    }

    public Optional<ExportFailure> firstFailure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public String toString() {
        if (failure != null) {
            return "INVALID after " + entries + " good entries: " + failure;
        }
        return "valid: " + entries + " entries, " + checkpoints + " checkpoints, " + keys + " keys, root "
                + Bytes.hex(rootHash) + (witnessedSize > 0 ? ", witnessed up to size " + witnessedSize : "");
    }
}
