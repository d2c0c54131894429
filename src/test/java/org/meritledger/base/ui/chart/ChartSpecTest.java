package org.meritledger.base.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Chart.js configuration the browser element receives, read back as JSON. */
class ChartSpecTest {

    private static JsonObject parse(ChartSpec spec) {
        try (var reader = Json.createReader(new StringReader(spec.toJson()))) {
            return reader.readObject();
        }
    }

    @Test
    void aLineChartWithGapsAndADashedReferenceLine() {
        JsonObject json = parse(ChartSpec.of(
                        ChartType.LINE,
                        List.of("2026-01", "2026-02", "2026-03"),
                        List.of(
                                ChartDataset.of("Hits", Arrays.asList(24.0, null, 37.0)),
                                ChartDataset.referenceLine("Expert", 36, 3, "#000000")))
                .withYAxis(0.0, 40.0, "hits"));
        assertEquals("line", json.getString("type"));
        var sets = json.getJsonObject("data").getJsonArray("datasets");
        var hits = sets.getJsonObject(0).getJsonArray("data");
        assertEquals(24, hits.getJsonNumber(0).intValue());
        assertEquals(JsonValue.NULL, hits.get(1), "a gap stays a gap");
        assertEquals(37, hits.getJsonNumber(2).intValue());
        assertEquals(
                List.of(6, 4),
                sets.getJsonObject(1)
                        .getJsonArray("borderDash")
                        .getValuesAs(n -> ((jakarta.json.JsonNumber) n).intValue()));
        JsonObject y = json.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, y.getJsonNumber("min").intValue());
        assertEquals(40, y.getJsonNumber("max").intValue());
        assertEquals("hits", y.getJsonObject("title").getString("text"));
        assertEquals(true, y.getJsonObject("title").getBoolean("display"));
    }

    @Test
    void aReferenceOverASinglePointIsAWideTickAndADoughnutHasNoAxes() {
        JsonObject one = parse(ChartSpec.of(
                ChartType.LINE,
                List.of("2026-01"),
                List.of(ChartDataset.of("Hits", List.of(30.0)), ChartDataset.referenceLine("Expert", 36, 1, null))));
        assertEquals(
                "line",
                one.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(1)
                        .getString("pointStyle"));
        JsonObject doughnut = parse(ChartSpec.of(
                ChartType.DOUGHNUT, List.of("a", "b"), List.of(ChartDataset.of("mix", List.of(1.0, 2.0)))));
        assertFalse(doughnut.getJsonObject("options").containsKey("scales"));
        assertEquals(
                List.of("#0072B2", "#E69F00"),
                doughnut.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getJsonArray("backgroundColor")
                        .getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void everyDatasetNeedsALabelAndOneValuePerLabel() {
        assertThrows(
                IllegalArgumentException.class,
                () -> ChartSpec.of(ChartType.BAR, List.of("a", "b"), List.of(ChartDataset.of("x", List.of(1.0)))));
        assertThrows(IllegalArgumentException.class, () -> ChartDataset.of(" ", List.of(1.0)));
    }
}
