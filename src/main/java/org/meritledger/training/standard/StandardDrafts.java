package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.InvalidInputException.Problem;

/**
 * Turns a standard into the editor's draft and a revised draft back into a standard, refusing
 * with specific, translated problems ({@code validation.standard.*}) rather than the domain
 * constructors' English exceptions. Fitness events keep their name, type, direction and raw
 * range: a revision changes thresholds and marks, not what is measured.
 */
public final class StandardDrafts {

    /** Points per fitness event run 1..100 (as in the shipped tables). */
    public static final int MAX_POINTS = 100;

    public static final int MAX_HITS = 1000;
    /** Raw values of a result are limited to 1000 characters when saved (SessionService). */
    public static final int MAX_REMARKS = 1000;

    private static final Pattern ROW = Pattern.compile("\\s*(\\d{1,3}:[0-5]\\d|\\d{1,6})\\s*=\\s*(\\d{1,4})\\s*");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    private StandardDrafts() {}

    public static StandardDraft of(Standard s) {
        if (s instanceof MarksmanshipStandard m) {
            return new StandardDraft(
                    m.maxHits(), m.expertMin(), m.sharpshooterMin(), m.marksmanMin(), null, null, null, null);
        }
        if (s instanceof FitnessStandard f) {
            Map<String, String> tables = new LinkedHashMap<>();
            for (FitnessStandard.Event e : f.events()) {
                tables.put(e.name(), table(e));
            }
            return new StandardDraft(null, null, null, null, tables, f.minPointsPerEvent(), f.passTotal(), null);
        }
        return new StandardDraft(null, null, null, null, null, null, null, ((DrillStandard) s).maxRemarks());
    }

    /** One "threshold = points" row a line, best first. */
    public static String table(FitnessStandard.Event e) {
        StringBuilder sb = new StringBuilder();
        for (FitnessStandard.Row r : e.table()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(value(e, r.threshold())).append(" = ").append(r.points());
        }
        return sb.toString();
    }

    static String value(FitnessStandard.Event e, int raw) {
        return e.type() == Standard.FieldType.DURATION ? RawValues.format(raw) : String.valueOf(raw);
    }

    /** The revised standard, of the same kind as {@code current}; every problem at once otherwise. */
    public static Standard build(Standard current, StandardDraft d) {
        List<Problem> problems = new ArrayList<>();
        Standard next;
        if (current instanceof MarksmanshipStandard) {
            next = marksmanship(d, problems);
        } else if (current instanceof FitnessStandard f) {
            next = fitness(f, d, problems);
        } else {
            Integer max = between(d.maxRemarks(), "maxRemarks", 1, MAX_REMARKS, problems);
            next = max == null ? null : new DrillStandard(max);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return next;
    }

    private static Standard marksmanship(StandardDraft d, List<Problem> problems) {
        Integer max = between(d.maxHits(), "maxHits", 1, MAX_HITS, problems);
        Integer expert = between(d.expertMin(), "expertMin", 1, MAX_HITS, problems);
        Integer sharp = between(d.sharpshooterMin(), "sharpshooterMin", 1, MAX_HITS, problems);
        Integer marks = between(d.marksmanMin(), "marksmanMin", 1, MAX_HITS, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        // each tier must be reachable and must not swallow the one below it
        if (expert > max) {
            problems.add(new Problem("expertMin", "validation.standard.tier.aboveMax", max));
        }
        if (sharp >= expert) {
            problems.add(new Problem("sharpshooterMin", "validation.standard.tier.order"));
        }
        if (marks >= sharp) {
            problems.add(new Problem("marksmanMin", "validation.standard.tier.order"));
        }
        return problems.isEmpty() ? new MarksmanshipStandard(max, expert, sharp, marks) : null;
    }

    private static Standard fitness(FitnessStandard current, StandardDraft d, List<Problem> problems) {
        List<FitnessStandard.Event> events = new ArrayList<>();
        int bestTotal = 0;
        int weakestBest = Integer.MAX_VALUE;
        for (FitnessStandard.Event e : current.events()) {
            List<FitnessStandard.Row> rows = rows(e, d.tables().get(e.name()), problems);
            if (rows != null) {
                events.add(new FitnessStandard.Event(e.name(), e.type(), e.direction(), e.minRaw(), e.maxRaw(), rows));
                bestTotal += rows.get(0).points();
                weakestBest = Math.min(weakestBest, rows.get(0).points());
            }
        }
        Integer perEvent = between(d.minPointsPerEvent(), "minPointsPerEvent", 0, MAX_POINTS, problems);
        Integer total = between(
                d.passTotal(), "passTotal", 0, MAX_POINTS * current.events().size(), problems);
        if (!problems.isEmpty()) {
            return null;
        }
        if (perEvent > weakestBest) {
            problems.add(new Problem("minPointsPerEvent", "validation.standard.minPoints.unreachable", weakestBest));
        }
        if (total > bestTotal) {
            problems.add(new Problem("passTotal", "validation.standard.passTotal.unreachable", bestTotal));
        }
        return problems.isEmpty() ? new FitnessStandard(events, perEvent, total) : null;
    }

    /** Parses one event's table; rows must run from best to worst with falling points. */
    static List<FitnessStandard.Row> rows(FitnessStandard.Event e, String text, List<Problem> problems) {
        String field = "table." + e.name();
        List<FitnessStandard.Row> rows = new ArrayList<>();
        int line = 0;
        int before = problems.size();
        for (String l : (text == null ? "" : text).split("\\R")) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            Matcher m = ROW.matcher(l);
            if (!m.matches()) {
                problems.add(new Problem(
                        field,
                        "validation.standard.table.line",
                        line,
                        e.type() == Standard.FieldType.DURATION ? "12:30 = 90" : "60 = 90"));
                continue;
            }
            Integer raw = raw(e, m.group(1));
            int points = Integer.parseInt(m.group(2));
            if (raw == null) {
                problems.add(new Problem(
                        field,
                        "validation.standard.table.line",
                        line,
                        e.type() == Standard.FieldType.DURATION ? "12:30 = 90" : "60 = 90"));
                continue;
            }
            if (raw < e.minRaw() || raw > e.maxRaw()) {
                problems.add(new Problem(
                        field, "validation.standard.table.range", line, value(e, e.minRaw()), value(e, e.maxRaw())));
            } else if (points < 1 || points > MAX_POINTS) {
                problems.add(new Problem(field, "validation.standard.table.points", line, MAX_POINTS));
            } else if (!rows.isEmpty()) {
                FitnessStandard.Row better = rows.get(rows.size() - 1);
                boolean ordered = e.direction() == FitnessStandard.Direction.HIGHER_IS_BETTER
                        ? raw < better.threshold()
                        : raw > better.threshold();
                if (!ordered || points >= better.points()) {
                    problems.add(new Problem(field, "validation.standard.table.order", line));
                }
            }
            rows.add(new FitnessStandard.Row(raw, points));
        }
        if (rows.isEmpty() && problems.size() == before) {
            problems.add(new Problem(field, "validation.standard.table.empty"));
        }
        return problems.size() == before ? rows : null;
    }

    private static Integer raw(FitnessStandard.Event e, String text) {
        Matcher m = DURATION.matcher(text);
        if (e.type() == Standard.FieldType.DURATION) {
            return m.matches() ? Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)) : null;
        }
        return m.matches() ? null : Integer.parseInt(text);
    }

    private static Integer between(Integer v, String field, int min, int max, List<Problem> problems) {
        if (v == null) {
            problems.add(new Problem(field, "validation.required"));
            return null;
        }
        if (v < min || v > max) {
            problems.add(new Problem(field, "validation.standard.range", min, max));
            return null;
        }
        return v;
    }

    /** What differs between two versions, field by field, as the editor shows the values. */
    public record Change(String field, String before, String after) {}

    public static List<Change> changes(Standard before, Standard after) {
        List<Change> out = new ArrayList<>();
        StandardDraft a = of(before);
        StandardDraft b = of(after);
        diff(out, "maxHits", a.maxHits(), b.maxHits());
        diff(out, "expertMin", a.expertMin(), b.expertMin());
        diff(out, "sharpshooterMin", a.sharpshooterMin(), b.sharpshooterMin());
        diff(out, "marksmanMin", a.marksmanMin(), b.marksmanMin());
        for (String event : b.tables().keySet().stream().sorted().toList()) {
            String x = a.tables().get(event);
            String y = b.tables().get(event);
            if (x == null || !x.equals(y)) {
                out.add(new Change("table." + event, x == null ? "" : x.replace("\n", ", "), y.replace("\n", ", ")));
            }
        }
        diff(out, "minPointsPerEvent", a.minPointsPerEvent(), b.minPointsPerEvent());
        diff(out, "passTotal", a.passTotal(), b.passTotal());
        diff(out, "maxRemarks", a.maxRemarks(), b.maxRemarks());
        return out;
    }

    private static void diff(List<Change> out, String field, Integer a, Integer b) {
        if (!java.util.Objects.equals(a, b)) {
            out.add(new Change(field, a == null ? "" : a.toString(), b == null ? "" : b.toString()));
        }
    }
}
