package org.meritledger.career;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * The recorded state of a career event: the payload of its ledger entry and what verification
 * rebuilds from the row (dates as ISO text, the details JSON parsed so the whole is canonical).
 */
public final class CareerStates {

    private CareerStates() {}

    public static String event(
            long id,
            long soldierId,
            String kind,
            String effectiveOn,
            String endsOn,
            String detailsJson,
            Long refersTo,
            long recordedBy,
            String recordedAt) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("soldierId", soldierId);
        m.put("kind", kind);
        m.put("effectiveOn", effectiveOn);
        m.put("endsOn", endsOn);
        m.put("details", JsonParser.parse(detailsJson));
        m.put("refersTo", refersTo);
        m.put("recordedBy", recordedBy);
        m.put("recordedAt", recordedAt);
        return Jcs.canonicalize(m);
    }

    static String of(CareerEntry e) {
        return event(
                e.getId(),
                e.getSoldierId(),
                e.getKind().name(),
                e.getEffectiveOn().toString(),
                e.getEndsOn() == null ? null : e.getEndsOn().toString(),
                e.getDetails(),
                e.getRefersTo(),
                e.getRecordedBy(),
                e.getRecordedAt().toString());
    }
}
