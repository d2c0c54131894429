package org.meritledger.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.tiles.LogTileService;
import org.meritledger.ledger.witness.CosignedCheckpoints;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * What the API reads of the ledger, and who may. Checkpoints and proofs are public: they are
 * hashes and signatures, no personal data, and anyone checking a receipt needs them. Entries carry
 * payloads with names and scores, so only administrators and auditors read them (the same rule as
 * the export and the log tiles). Proofs are served only up to the newest signed checkpoint, so
 * every proof can be checked against a signature.
 */
@ApplicationScoped
@Transactional
public class LedgerReads {

    @Inject
    LedgerService ledger;

    @Inject
    LogTileService log;

    @Inject
    CosignedCheckpoints checkpoints;

    @Inject
    CallerProvider callers;

    public String checkpoint() {
        return log.checkpoint().orElseThrow(() -> new NotFoundException("checkpoint"));
    }

    public Json.LedgerEntry entry(long seq) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
        if (seq < 0) {
            throw new NotFoundException("ledger entry " + seq);
        }
        return Json.LedgerEntry.of(ledger.entry(seq));
    }

    public Json.InclusionProof inclusion(long seq, long size) {
        long signed =
                checkpoints.latest().map(CosignedCheckpoints.View::treeSize).orElse(0L);
        if (size < 1 || size > signed) {
            throw new InvalidInputException("size", "api.proof.size", signed);
        }
        if (seq < 0 || seq >= size) {
            throw new InvalidInputException("seq", "api.proof.seq", size);
        }
        List<String> hashes =
                ledger.inclusionProof(seq, size).stream().map(Bytes::base64).toList();
        return new Json.InclusionProof(seq, size, Bytes.hex(ledger.entry(seq).entryHash()), hashes);
    }

    public Json.ConsistencyProof consistency(long from, long to) {
        List<String> hashes = Arrays.stream(log.consistency(from, to).split("\n"))
                .filter(l -> !l.isEmpty())
                .toList();
        return new Json.ConsistencyProof(from, to, hashes);
    }
}
