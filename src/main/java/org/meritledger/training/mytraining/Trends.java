package org.meritledger.training.mytraining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.FitnessStandard;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.TrainingKind;

/**
 * Builds a soldier's {@link Trend}s from their signed results: one per standard (training type),
 * counting only results where they were present and graded.
 */
public final class Trends {

    private Trends() {}

    /**
     * @param results a soldier's results in any order
     * @param currentStandard the current version of a standard by code (for reference lines)
     */
    public static List<Trend> of(List<MyResult> results, Function<String, Optional<Standard>> currentStandard) {
        Map<String, List<MyResult>> byCode = new LinkedHashMap<>();
        results.stream()
                .filter(r -> r.attendance() == Attendance.PRESENT && r.passed() != null)
                .sorted(Comparator.comparing(MyResult::when).thenComparing(MyResult::resultId))
                .forEach(r -> byCode.computeIfAbsent(r.standardCode(), k -> new ArrayList<>())
                        .add(r));
        List<Trend> out = new ArrayList<>();
        for (Map.Entry<String, List<MyResult>> e : byCode.entrySet()) {
            List<MyResult> rs = e.getValue();
            TrainingKind kind = rs.get(rs.size() - 1).kind();
            Standard standard = currentStandard
                    .apply(e.getKey())
                    .filter(s -> s.kind() == kind)
                    .orElse(null);
            out.add(trend(e.getKey(), kind, rs, standard));
        }
        out.sort(Comparator.comparing(Trend::kind).thenComparing(Trend::standardCode));
        return out;
    }

    private static Trend trend(String code, TrainingKind kind, List<MyResult> rs, Standard standard) {
        List<java.time.Instant> when = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Trend.Reference> refs = new ArrayList<>();
        String valueKey;
        Double yMax = null;
        switch (kind) {
            case MARKSMANSHIP -> {
                valueKey = "training.trend.hits";
                for (MyResult r : rs) {
                    Integer hits = parse(r.raw().get(MarksmanshipStandard.HITS));
                    if (hits != null) {
                        when.add(r.when());
                        values.add(hits.doubleValue());
                    }
                }
                if (standard instanceof MarksmanshipStandard m) {
                    refs.add(new Trend.Reference("tier.EXPERT", m.expertMin()));
                    refs.add(new Trend.Reference("tier.SHARPSHOOTER", m.sharpshooterMin()));
                    refs.add(new Trend.Reference("tier.MARKSMAN", m.marksmanMin()));
                    yMax = (double) m.maxHits();
                }
            }
            case FITNESS -> {
                valueKey = "training.trend.points";
                for (MyResult r : rs) {
                    if (r.totalPoints() != null) {
                        when.add(r.when());
                        values.add(r.totalPoints().doubleValue());
                    }
                }
                if (standard instanceof FitnessStandard f) {
                    refs.add(new Trend.Reference("training.trend.passMark", f.passTotal()));
                }
            }
            default -> {
                valueKey = "training.trend.passed";
                for (MyResult r : rs) {
                    when.add(r.when());
                    values.add(Boolean.TRUE.equals(r.passed()) ? 1.0 : 0.0);
                }
                yMax = 1.0;
            }
        }
        return new Trend(code, kind, when, values, refs, valueKey, yMax);
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
