package org.meritledger.training.mytraining;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.training.standard.ResultValues;

/**
 * A signed result's receipt for the value that counts now. For a result never corrected that is
 * the entry that recorded the sign-off. For a corrected one it is the whole chain that makes the
 * corrected value count: the sign-off entry, the entry that recorded the correction and, when the
 * correction needed a second person, the entry of its approval, each with its own inclusion
 * proof. A receipt of the sign-off alone would vouch for a value that no longer counts.
 *
 * @param ledger the sign-off entry's receipt
 * @param recordsThisResult whether that entry records this result exactly as it was signed off
 * @param corrections the correction's entries, in ledger order (empty when none is in effect)
 * @param proves the values the receipt proves: the correction's when one is in effect
 */
public record ResultReceipt(
        long resultId, EntryReceipt ledger, boolean recordsThisResult, List<Link> corrections, ResultValues proves) {

    /** The chain's document format: the single-entry receipts it is made of, oldest first. */
    public static final String CHAIN_FORMAT = "merit-ledger-receipt-chain/v1";

    public ResultReceipt {
        corrections = List.copyOf(corrections);
    }

    /** A result with no correction in effect: its sign-off entry proves it. */
    public ResultReceipt(long resultId, EntryReceipt ledger, boolean recordsThisResult) {
        this(resultId, ledger, recordsThisResult, List.of(), null);
    }

    /** What an entry of a correction chain does. */
    public enum Role {
        /** {@code training.result.corrected}: the correction and its values. */
        CORRECTED,
        /** {@code training.correction.approved}: the second person's approval that made it count. */
        APPROVED
    }

    /**
     * One entry of the correction chain. {@code ledger} is null when the entry the correction
     * must have is not on the ledger at all (deleted): then nothing proves the corrected value.
     */
    public record Link(Role role, EntryReceipt ledger, boolean recordsIt) {
        public boolean verified() {
            return ledger != null && recordsIt && ledger.verified();
        }

        public boolean pending() {
            return ledger != null && recordsIt && ledger.pending();
        }
    }

    public boolean corrected() {
        return !corrections.isEmpty();
    }

    /** Every entry of the chain records what the portal shows and checks out against a checkpoint. */
    public boolean verified() {
        return recordsThisResult && ledger.verified() && corrections.stream().allMatch(Link::verified);
    }

    /** Nothing is wrong, but some entry is newer than the newest signed checkpoint. */
    public boolean pending() {
        boolean signed = recordsThisResult && (ledger.verified() || ledger.pending());
        boolean links = corrections.stream().allMatch(l -> l.verified() || l.pending());
        return signed && links && !verified();
    }

    /** The entry whose receipt does not check out, first in ledger order; null if none. */
    public Link firstFailure() {
        for (Link l : corrections) {
            if (!l.verified() && !l.pending()) {
                return l;
            }
        }
        return null;
    }

    /**
     * The downloadable chain: {@value #CHAIN_FORMAT}, RFC 8785 canonical, with the subject it is
     * about and each entry's {@code merit-ledger-receipt/v1} receipt, each checkable on its own.
     * Null while an entry has no receipt yet (no checkpoint covers it).
     */
    public String chainJson() {
        List<Object> receipts = new ArrayList<>();
        receipts.add(
                ledger.receipt() == null
                        ? null
                        : JsonParser.parse(ledger.receipt().toJson()));
        for (Link l : corrections) {
            receipts.add(
                    l.ledger() == null || l.ledger().receipt() == null
                            ? null
                            : JsonParser.parse(l.ledger().receipt().toJson()));
        }
        if (receipts.contains(null)) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", CHAIN_FORMAT);
        m.put("subject", "result:" + resultId);
        m.put("receipts", receipts);
        return Jcs.canonicalize(m);
    }
}
