package org.meritledger.rewards.redemption;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/**
 * The ledger state of a request after a step: the request row, its hold, and the step. Built the
 * same way by the service (entry payload) and by verification from the rows (RedemptionMirror).
 */
public final class RedemptionStates {

    public static final String SUBJECT_PREFIX = "redemption-request:";

    private RedemptionStates() {}

    public static String state(
            long id,
            long soldierId,
            long itemId,
            int itemRevision,
            int tokenCost,
            boolean stockTaken,
            long requestedBy,
            String requestedAt,
            Long holdMovementId,
            int step,
            String state,
            String reason,
            Long movementId,
            Long changedBy,
            String changedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("soldierId", soldierId);
        m.put("itemId", itemId);
        m.put("itemRevision", itemRevision);
        m.put("tokenCost", tokenCost);
        m.put("stockTaken", stockTaken);
        m.put("requestedBy", requestedBy);
        m.put("requestedAt", requestedAt);
        m.put("holdMovementId", holdMovementId);
        m.put("step", step);
        m.put("state", state);
        m.put("reason", reason);
        m.put("movementId", movementId);
        m.put("changedBy", changedBy);
        m.put("changedAt", changedAt);
        return Jcs.canonicalize(m);
    }

    static String of(RedemptionRequest r, Long holdMovementId, RedemptionStep s) {
        return state(
                r.getId(),
                r.getSoldierId(),
                r.getItemId(),
                r.getItemRevision(),
                r.getTokenCost(),
                r.isStockTaken(),
                r.getRequestedBy(),
                r.getRequestedAt().toString(),
                holdMovementId,
                s.getStep(),
                s.getState().name(),
                s.getReason(),
                s.getMovementId(),
                s.getChangedBy(),
                s.getChangedAt().toString());
    }
}
