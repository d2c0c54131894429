package org.meritledger.training;

import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * The recorded state of training records: the payload of their ledger entries, and what
 * verification rebuilds from the rows to compare. One builder per kind, used by both sides.
 */
public final class TrainingStates {

    private TrainingStates() {
    }

    public static String standard(long id, String code, int version, String kind, String definitionJson) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("code", code);
        m.put("version", (long) version);
        m.put("kind", kind);
        m.put("rules", JsonParser.parse(definitionJson));
        return Jcs.canonicalize(m);
    }

    public static String result(long id, long sessionId, long soldierId, String standardCode, int standardVersion,
                                String attendance, String rawJson, Boolean passed, String tier, Integer totalPoints) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("sessionId", sessionId);
        m.put("soldierId", soldierId);
        m.put("standard", standardCode);
        m.put("standardVersion", (long) standardVersion);
        m.put("attendance", attendance);
        m.put("raw", JsonParser.parse(rawJson));
        m.put("passed", passed);
        m.put("tier", tier);
        m.put("totalPoints", totalPoints == null ? null : (long) totalPoints);
        return Jcs.canonicalize(m);
    }

    static String of(StoredStandard s) {
        return standard(s.getId(), s.getCode(), s.getVersion(), s.getKind().name(), s.getDefinition());
    }

    static String of(TrainingResult r, StoredStandard s) {
        return result(r.getId(), r.getSessionId(), r.getSoldierId(), s.getCode(), s.getVersion(), r.getAttendance().name(),
                r.getRawValues(), r.getPassed(), r.getTier() == null ? null : r.getTier().name(), r.getTotalPoints());
    }
}
