package org.meritledger.training.dashboard;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meritledger.training.standard.TrainingKind;

/**
 * Share of graded results that passed, per training kind and calendar month; {@code null} for a
 * month without graded results of that kind (a gap, not 0 %).
 */
public record PassRates(
        List<YearMonth> months, Map<TrainingKind, List<Double>> percent, Map<TrainingKind, List<Long>> graded) {

    /** One signed session's graded results: how many, and how many passed. */
    public record SessionTally(Instant startsAt, TrainingKind kind, long graded, long passed) {}

    /**
     * @param tallies per-session counts (already summed in the database)
     * @param zone the zone whose calendar months are meant
     */
    public static PassRates of(List<SessionTally> tallies, YearMonth first, YearMonth last, ZoneId zone) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<TrainingKind, long[]> graded = new EnumMap<>(TrainingKind.class);
        Map<TrainingKind, long[]> passed = new EnumMap<>(TrainingKind.class);
        for (SessionTally t : tallies) {
            YearMonth m = YearMonth.from(t.startsAt().atZone(zone));
            int i = months.indexOf(m);
            if (i < 0) {
                continue;
            }
            graded.computeIfAbsent(t.kind(), k -> new long[months.size()])[i] += t.graded();
            passed.computeIfAbsent(t.kind(), k -> new long[months.size()])[i] += t.passed();
        }
        Map<TrainingKind, List<Double>> pct = new EnumMap<>(TrainingKind.class);
        Map<TrainingKind, List<Long>> counts = new EnumMap<>(TrainingKind.class);
        for (Map.Entry<TrainingKind, long[]> e : graded.entrySet()) {
            long[] g = e.getValue();
            long[] p = passed.get(e.getKey());
            List<Double> row = new ArrayList<>();
            List<Long> n = new ArrayList<>();
            for (int i = 0; i < g.length; i++) {
                row.add(g[i] == 0 ? null : Math.round(p[i] * 1000.0 / g[i]) / 10.0);
                n.add(g[i]);
            }
            pct.put(e.getKey(), java.util.Collections.unmodifiableList(row));
            counts.put(e.getKey(), List.copyOf(n));
        }
        return new PassRates(List.copyOf(months), pct, counts);
    }
}
