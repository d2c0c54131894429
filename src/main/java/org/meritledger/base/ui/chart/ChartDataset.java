package org.meritledger.base.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One series: a label and one value per chart label; {@code null} is a gap (no data that month).
 * A {@code reference} series is drawn as a dashed line without points, for thresholds and targets.
 *
 * @param color CSS colour, or null to take the next one of {@link ChartSpec#PALETTE}
 */
public record ChartDataset(String label, List<Double> values, String color, boolean reference) {

    public ChartDataset {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a dataset needs a label (it is read out and shown in the legend)");
        }
        values = Collections.unmodifiableList(new ArrayList<>(values)); // nulls allowed, List.copyOf refuses them
    }

    public static ChartDataset of(String label, List<Double> values) {
        return new ChartDataset(label, values, null, false);
    }

    /** A horizontal dashed line at {@code value} across {@code points} labels. */
    public static ChartDataset referenceLine(String label, double value, int points, String color) {
        return new ChartDataset(label, Collections.nCopies(points, value), color, true);
    }
}
