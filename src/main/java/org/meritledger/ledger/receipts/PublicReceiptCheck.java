package org.meritledger.ledger.receipts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.ReceiptService;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptAudit;
import org.meritledger.ledger.witness.CosignedCheckpoints;
import org.meritledger.ledger.witness.WitnessSettings;

/**
 * The check behind the public receipt page, open to anyone. It decides from the receipt itself
 * with the pure core ({@link ReceiptAudit}): hashes, inclusion proof, the checkpoint signature by
 * the ledger key in effect at that size (derived from the chain's genesis and rotation entries,
 * never from the receipt) and the cosignatures against the configured witness keys. Then it
 * takes today's newest checkpoint and a consistency proof from the stored tree and checks, again
 * with the core, that today's ledger extends the receipt's checkpoint. It never looks the
 * receipt's entry up in the database: a receipt is judged by its proofs, so a ledger whose
 * history was rewritten cannot vouch for a changed entry.
 */
@ApplicationScoped
public class PublicReceiptCheck {

    /** At most this much text is read as a receipt (a receipt is a few KiB). */
    public static final int MAX_BYTES = 256 * 1024;

    private LedgerState state;
    private ReceiptService receipts;
    private CosignedCheckpoints checkpoints;
    private WitnessSettings witnesses;

    protected PublicReceiptCheck() {}

    @Inject
    public PublicReceiptCheck(
            LedgerState state, ReceiptService receipts, CosignedCheckpoints checkpoints, WitnessSettings witnesses) {
        this.state = state;
        this.receipts = receipts;
        this.checkpoints = checkpoints;
        this.witnesses = witnesses;
    }

    /**
     * The outcome for people: valid or not, the reason as a message key with arguments, and
     * what the receipt says (when it could be read).
     *
     * @param failed the audit step that failed, or null (also null for the format/origin reasons)
     * @param reasonKey message key of the main sentence
     */
    public record Outcome(
            boolean valid,
            String reasonKey,
            List<Object> reasonArgs,
            ReceiptAudit.Step failed,
            String expected,
            String computed,
            Receipt receipt,
            long treeSize,
            String keyId,
            long currentSize,
            List<String> witnessedBy,
            String digest) {}

    public Outcome check(String json) {
        if (json == null || json.isBlank()) {
            return simple("receipt.check.empty");
        }
        if (json.length() > MAX_BYTES) {
            return simple("receipt.check.tooLarge", MAX_BYTES / 1024);
        }
        Receipt r;
        try {
            r = Receipt.parse(json.strip());
        } catch (IllegalArgumentException e) {
            return simple("receipt.check.notReceipt", e.getMessage());
        }
        if (!r.origin().equals(state.origin())
                || !r.suiteId().equals(state.suite().id())) {
            return simple("receipt.check.otherLedger", r.origin() + " / " + r.suiteId(), state.origin());
        }
        String digest = ReceiptPdf.digest(r);
        long size;
        try {
            size = Checkpoint.parse(Note.parse(r.proof().signedCheckpoint()).text())
                    .size();
        } catch (Exception e) {
            return failed(r, digest, ReceiptAudit.Step.CHECKPOINT_SIGNATURE, "a signed checkpoint", e.getMessage(), 0);
        }
        NoteVerifier key = receipts.keyInEffectAt(size);
        ReceiptAudit.Result res = ReceiptAudit.check(r, key, witnesses.witnessKeys(), 0);
        if (!res.valid()) {
            return failed(r, digest, res.failed(), res.expected(), res.computed(), res.treeSize());
        }
        Optional<CosignedCheckpoints.View> latest = checkpoints.latest();
        if (latest.isEmpty()) {
            return simple("receipt.check.noCheckpoint");
        }
        CosignedCheckpoints.View now = latest.get();
        if (now.treeSize() < size) {
            return failed(
                    r,
                    digest,
                    ReceiptAudit.Step.CONSISTENCY,
                    "a ledger of at least " + size + " entries",
                    "today's newest checkpoint has " + now.treeSize(),
                    size);
        }
        List<byte[]> proof = now.treeSize() == size ? List.of() : checkpoints.consistencyProof(size, now.treeSize());
        NoteVerifier nowKey = receipts.keyInEffectAt(now.treeSize());
        ReceiptAudit.Result ext = ReceiptAudit.extend(res, r, now.note(), nowKey, proof);
        if (!ext.valid()) {
            return failed(r, digest, ext.failed(), ext.expected(), ext.computed(), size);
        }
        return new Outcome(
                true,
                "receipt.check.proven",
                List.of(size, KeyIds.hex(key.keyId()), now.treeSize()),
                null,
                null,
                null,
                r,
                size,
                KeyIds.hex(key.keyId()),
                now.treeSize(),
                res.witnesses(),
                digest);
    }

    /** When the receipt's entry was recorded (for the page). */
    public static Instant recordedAt(Receipt r) {
        return r.entry().timestamp();
    }

    private Outcome failed(
            Receipt r, String digest, ReceiptAudit.Step step, String expected, String computed, long size) {
        return new Outcome(
                false,
                "receipt.check.step." + step.name(),
                List.of(),
                step,
                expected,
                computed,
                r,
                size,
                null,
                0,
                List.of(),
                digest);
    }

    private static Outcome simple(String key, Object... args) {
        return new Outcome(false, key, List.of(args), null, null, null, null, 0, null, 0, List.of(), null);
    }
}
