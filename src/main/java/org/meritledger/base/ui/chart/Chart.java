package org.meritledger.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A chart with its text alternative: the canvas is announced by {@code description} (an
 * aria-label), and the same numbers are in a table under "Show data" for anyone who cannot or
 * would rather not read a chart. Drawn in the browser by Chart.js (MIT).
 */
public class Chart extends Composite<Div> {

    /** The browser element; Chart.js is bundled into the production build through the npm package. */
    @Tag("merit-chart")
    @NpmPackage(value = "chart.js", version = "4.5.1")
    @JsModule("./merit-chart.js")
    public static class Canvas extends Component {}

    private final Canvas canvas = new Canvas();
    private final NativeDetails data = new NativeDetails();
    private ChartSpec spec;
    private String description = "";

    public Chart() {
        getContent().addClassName("merit-chart");
        getContent().setWidthFull();
        getContent().add(canvas, data);
    }

    /** Shows {@code newSpec}; {@code text} says in words what the chart shows (read out for the canvas). */
    public void show(ChartSpec newSpec, String text) {
        this.spec = newSpec;
        this.description = text == null ? "" : text;
        canvas.getElement().setProperty("label", description);
        canvas.getElement().setProperty("config", newSpec.toJson());
        data.setSummaryText(getTranslation("chart.showData"));
        data.setContent(table(newSpec));
    }

    public ChartSpec spec() {
        return spec;
    }

    public String description() {
        return description;
    }

    public Canvas canvas() {
        return canvas;
    }

    public NativeDetails dataDetails() {
        return data;
    }

    private Component table(ChartSpec s) {
        NumberFormat nf = NumberFormat.getNumberInstance(getLocale() == null ? Locale.ENGLISH : getLocale());
        nf.setMaximumFractionDigits(1);
        NativeTable table = new NativeTable();
        table.addClassName("chart-data");
        table.setCaptionText(description);
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell(""));
        s.datasets().forEach(d -> head.add(new NativeTableHeaderCell(d.label())));
        NativeTableHeader header = table.getHead();
        header.addRows(head);
        NativeTableBody body = table.addBody();
        for (int i = 0; i < s.labels().size(); i++) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell label = new NativeTableHeaderCell(s.labels().get(i));
            label.getElement().setAttribute("scope", "row");
            row.add(label);
            for (ChartDataset d : s.datasets()) {
                Double v = d.values().get(i);
                row.add(new NativeTableCell(v == null ? "–" : nf.format(v)));
            }
            body.addRows(row);
        }
        return table;
    }
}
