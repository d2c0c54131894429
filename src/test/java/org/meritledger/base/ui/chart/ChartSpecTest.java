package org.meritledger.base.ui.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.jcs.Jcs;

/** The Chart.js configuration the browser element receives. */
class ChartSpecTest {

    @Test
    void aLineChartWithGapsAndADashedReferenceLine() {
        ChartSpec spec = ChartSpec.of(
                        ChartType.LINE,
                        List.of("2026-01", "2026-02", "2026-03"),
                        List.of(
                                ChartDataset.of("Hits", Arrays.asList(24.0, null, 37.0)),
                                ChartDataset.referenceLine("Expert", 36, 3, "#000000")))
                .withYAxis(0.0, 40.0, "hits");
        String json = Jcs.canonicalize(spec.toChartJs());
        assertTrue(json.contains("\"type\":\"line\""), json);
        assertTrue(json.contains("\"data\":[24,null,37]"), json);
        assertTrue(json.contains("\"borderDash\":[6,4]"), json);
        assertTrue(json.contains("\"y\":{\"max\":40,\"min\":0,\"title\":{\"display\":true,\"text\":\"hits\"}}"), json);
    }

    @Test
    void aReferenceOverASinglePointIsAWideTickAndADoughnutHasNoAxes() {
        Map<String, Object> one = ChartSpec.of(
                        ChartType.LINE,
                        List.of("2026-01"),
                        List.of(
                                ChartDataset.of("Hits", List.of(30.0)),
                                ChartDataset.referenceLine("Expert", 36, 1, null)))
                .toChartJs();
        assertTrue(Jcs.canonicalize(one).contains("\"pointStyle\":\"line\""));
        String doughnut = Jcs.canonicalize(ChartSpec.of(
                        ChartType.DOUGHNUT, List.of("a", "b"), List.of(ChartDataset.of("mix", List.of(1.0, 2.0))))
                .toChartJs());
        assertFalse(doughnut.contains("scales"), doughnut);
        assertTrue(doughnut.contains("\"backgroundColor\":[\"#0072B2\",\"#E69F00\"]"), doughnut);
    }

    @Test
    void everyDatasetNeedsALabelAndOneValuePerLabel() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ChartSpec.of(ChartType.BAR, List.of("a", "b"), List.of(ChartDataset.of("x", List.of(1.0)))));
        assertThrows(IllegalArgumentException.class, () -> ChartDataset.of(" ", List.of(1.0)));
    }
}
