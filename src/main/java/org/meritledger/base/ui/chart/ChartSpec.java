package org.meritledger.base.ui.chart;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chart shows: its type, the category labels (x axis, or doughnut slices), the datasets,
 * and for line and bar charts the y axis range and title. {@link #toChartJs()} turns it into the
 * Chart.js configuration object the browser element draws.
 *
 * @param yMin lower end of the y axis, or null to let Chart.js choose
 * @param yMax upper end of the y axis, or null
 * @param yTitle y axis title (e.g. "hits", "%"), or null
 */
public record ChartSpec(
        ChartType type, List<String> labels, List<ChartDataset> datasets, Double yMin, Double yMax, String yTitle) {

    /** Colours that stay apart for common colour-vision deficiencies (Okabe-Ito). */
    public static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000");

    public ChartSpec {
        labels = List.copyOf(labels);
        datasets = List.copyOf(datasets);
        for (ChartDataset d : datasets) {
            if (d.values().size() != labels.size()) {
                throw new IllegalArgumentException("dataset " + d.label() + " has "
                        + d.values().size() + " values for " + labels.size() + " labels");
            }
        }
    }

    public static ChartSpec of(ChartType type, List<String> labels, List<ChartDataset> datasets) {
        return new ChartSpec(type, labels, datasets, null, null, null);
    }

    public ChartSpec withYAxis(Double min, Double max, String title) {
        return new ChartSpec(type, labels, datasets, min, max, title);
    }

    /**
     * The Chart.js configuration as JSON text, for the browser element to parse. Written with
     * JSON-P (jakarta.json, which the server provides): charts have no reason to use the ledger's
     * canonical form, and the ledger core stays the ledger's.
     */
    public String toJson() {
        return Json.createObjectBuilder(toChartJs()).build().toString();
    }

    /** The Chart.js configuration as a JSON-ready map (strings, numbers, booleans, nulls, lists, maps). */
    public Map<String, Object> toChartJs() {
        List<Object> sets = new ArrayList<>();
        int next = 0;
        for (ChartDataset d : datasets) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("label", d.label());
            s.put("data", new ArrayList<>(d.values()));
            if (type == ChartType.DOUGHNUT) {
                List<Object> colours = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    colours.add(PALETTE.get(i % PALETTE.size()));
                }
                s.put("backgroundColor", colours);
            } else {
                String colour = d.color() != null ? d.color() : PALETTE.get(next++ % PALETTE.size());
                s.put("borderColor", colour);
                s.put("backgroundColor", colour);
                s.put("spanGaps", true);
                if (d.reference()) {
                    s.put("borderDash", List.of(6L, 4L));
                    s.put("borderWidth", 1L);
                    s.put("fill", false);
                    if (labels.size() == 1) {
                        // one point draws no line: mark the level with a wide horizontal tick instead
                        s.put("pointStyle", "line");
                        s.put("pointRadius", 40L);
                        s.put("pointBorderWidth", 2L);
                    } else {
                        s.put("pointRadius", 0L);
                    }
                }
            }
            sets.add(s);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", new ArrayList<Object>(labels));
        data.put("datasets", sets);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
        if (type != ChartType.DOUGHNUT) {
            Map<String, Object> y = new LinkedHashMap<>();
            if (yMin != null) {
                y.put("min", yMin);
            }
            if (yMax != null) {
                y.put("max", yMax);
            }
            if (yTitle != null) {
                y.put("title", Map.of("display", true, "text", yTitle));
            }
            options.put("scales", Map.of("y", y));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type.js());
        config.put("data", data);
        config.put("options", options);
        return config;
    }
}
