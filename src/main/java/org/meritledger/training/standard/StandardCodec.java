package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * A standard version as JSON: what a "standard revised" ledger entry carries and what the
 * database stores, so the exact rules that graded a result can be read back (and replayed) from
 * the ledger alone. Canonical (RFC 8785) so the same rules always give the same text.
 */
public final class StandardCodec {

    private StandardCodec() {}

    public static String toJson(Standard s) {
        return Jcs.canonicalize(toMap(s));
    }

    public static Standard fromJson(String json) {
        Object parsed = JsonParser.parse(json);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("a standard is a JSON object");
        }
        return fromMap(map);
    }

    static Map<String, Object> toMap(Standard s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        if (s instanceof MarksmanshipStandard r) {
            m.put("maxHits", (long) r.maxHits());
            m.put("expertMin", (long) r.expertMin());
            m.put("sharpshooterMin", (long) r.sharpshooterMin());
            m.put("marksmanMin", (long) r.marksmanMin());
        } else if (s instanceof FitnessStandard f) {
            m.put("minPointsPerEvent", (long) f.minPointsPerEvent());
            m.put("passTotal", (long) f.passTotal());
            List<Object> events = new ArrayList<>();
            for (FitnessStandard.Event e : f.events()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("name", e.name());
                em.put("type", e.type().name());
                em.put("direction", e.direction().name());
                em.put("minRaw", (long) e.minRaw());
                em.put("maxRaw", (long) e.maxRaw());
                List<Object> rows = new ArrayList<>();
                for (FitnessStandard.Row row : e.table()) {
                    rows.add(List.of((long) row.threshold(), (long) row.points()));
                }
                em.put("table", rows);
                events.add(em);
            }
            m.put("events", events);
        } else if (s instanceof DrillStandard d) {
            m.put("maxRemarks", (long) d.maxRemarks());
        }
        return m;
    }

    static Standard fromMap(Map<?, ?> m) {
        TrainingKind kind = TrainingKind.valueOf(string(m, "kind"));
        return switch (kind) {
            case MARKSMANSHIP ->
                new MarksmanshipStandard(
                        integer(m, "maxHits"),
                        integer(m, "expertMin"),
                        integer(m, "sharpshooterMin"),
                        integer(m, "marksmanMin"));
            case DRILL -> new DrillStandard(integer(m, "maxRemarks"));
            case FITNESS -> {
                List<FitnessStandard.Event> events = new ArrayList<>();
                for (Object o : list(m, "events")) {
                    Map<?, ?> em = (Map<?, ?>) o;
                    List<FitnessStandard.Row> rows = new ArrayList<>();
                    for (Object r : list(em, "table")) {
                        List<?> pair = (List<?>) r;
                        rows.add(new FitnessStandard.Row(
                                ((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).intValue()));
                    }
                    events.add(new FitnessStandard.Event(
                            string(em, "name"),
                            Standard.FieldType.valueOf(string(em, "type")),
                            FitnessStandard.Direction.valueOf(string(em, "direction")),
                            integer(em, "minRaw"),
                            integer(em, "maxRaw"),
                            rows));
                }
                yield new FitnessStandard(events, integer(m, "minPointsPerEvent"), integer(m, "passTotal"));
            }
        };
    }

    private static String string(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof String s)) {
            throw new IllegalArgumentException("missing text field " + key);
        }
        return s;
    }

    private static int integer(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("missing number field " + key);
        }
        return Math.toIntExact(n.longValue());
    }

    private static List<?> list(Map<?, ?> m, String key) {
        if (!(m.get(key) instanceof List<?> l)) {
            throw new IllegalArgumentException("missing list field " + key);
        }
        return l;
    }
}
