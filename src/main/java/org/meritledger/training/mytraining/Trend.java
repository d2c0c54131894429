package org.meritledger.training.mytraining;

import java.time.Instant;
import java.util.List;
import org.meritledger.training.standard.TrainingKind;

/**
 * One training type's results over time for one soldier, oldest first, ready to chart: the value
 * per result (hits, total points, or 1/0 for passed/failed) and reference lines (tier minimums,
 * pass mark) from the standard's current version.
 *
 * @param valueKey translation key naming the value (y axis)
 * @param yMax top of the scale, or null to let the chart choose
 */
public record Trend(
        String standardCode,
        TrainingKind kind,
        List<Instant> when,
        List<Double> values,
        List<Reference> references,
        String valueKey,
        Double yMax) {

    /** A horizontal line: what {@code labelKey} (a translation key) needs. */
    public record Reference(String labelKey, double value) {}

    public Trend {
        when = List.copyOf(when);
        values = List.copyOf(values);
        references = List.copyOf(references);
    }
}
