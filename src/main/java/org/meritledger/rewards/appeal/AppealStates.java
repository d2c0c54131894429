package org.meritledger.rewards.appeal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;

/** The ledger state of an appeal, built the same way from the entity and from a row. */
public final class AppealStates {

    private AppealStates() {}

    public static String appeal(
            long id,
            long movementId,
            long soldierId,
            String text,
            String filedAt,
            String state,
            Long decidedBy,
            String decidedAt,
            String decisionReason,
            Long reversalId,
            long version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("movementId", movementId);
        m.put("soldierId", soldierId);
        m.put("text", text);
        m.put("filedAt", filedAt);
        m.put("state", state);
        m.put("decidedBy", decidedBy);
        m.put("decidedAt", decidedAt);
        m.put("decisionReason", decisionReason);
        m.put("reversalId", reversalId);
        m.put("version", version);
        return Jcs.canonicalize(m);
    }

    static String of(Appeal a) {
        return appeal(
                a.getId(),
                a.getMovementId(),
                a.getSoldierId(),
                a.getText(),
                a.getFiledAt().toString(),
                a.getState().name(),
                a.getDecidedBy(),
                a.getDecidedAt() == null ? null : a.getDecidedAt().toString(),
                a.getDecisionReason(),
                a.getReversalId(),
                a.getVersion());
    }
}
