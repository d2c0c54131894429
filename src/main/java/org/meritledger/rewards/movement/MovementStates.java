package org.meritledger.rewards.movement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/**
 * The recorded state of a movement: the payload of its ledger entry and what verification
 * rebuilds from the row (canonical JSON, the time as ISO text).
 */
public final class MovementStates {

    private MovementStates() {}

    public static String movement(
            long id,
            long soldierId,
            String kind,
            long amount,
            Long categoryId,
            String reason,
            Long reversesId,
            String reference,
            Long recordedBy,
            String recordedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("soldierId", soldierId);
        m.put("kind", kind);
        m.put("amount", amount);
        m.put("categoryId", categoryId);
        m.put("reason", reason);
        m.put("reversesId", reversesId);
        m.put("reference", reference);
        m.put("recordedBy", recordedBy);
        m.put("recordedAt", recordedAt);
        return Jcs.canonicalize(m);
    }

    /** The state the ledger entry of this movement records (public: receipts compare it). */
    public static String of(Movement m) {
        return movement(
                m.getId(),
                m.getSoldierId(),
                m.getKind().name(),
                m.getAmount(),
                m.getCategoryId(),
                m.getReason(),
                m.getReversesId(),
                m.getReference(),
                m.getRecordedBy(),
                m.getRecordedAt().toString());
    }
}
