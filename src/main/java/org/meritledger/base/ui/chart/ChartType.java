package org.meritledger.base.ui.chart;

/** The Chart.js chart types the portal uses. */
public enum ChartType {
    LINE("line"),
    BAR("bar"),
    DOUGHNUT("doughnut");

    private final String js;

    ChartType(String js) {
        this.js = js;
    }

    /** The type name Chart.js expects. */
    public String js() {
        return js;
    }
}
