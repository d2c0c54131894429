package org.meritledger.training.correction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.base.ui.Formats;
import org.meritledger.training.correction.Correction;
import org.meritledger.training.correction.ResultHistory;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.ui.Outcomes;

/**
 * A result's history side by side: the values as signed off (never changed) and each correction
 * after it, with reason, author, state and who decided. The last line says what counts now.
 */
public class ResultHistoryDialog extends Dialog {

    /** One row: the signed-off original or a correction. */
    record Version(
            String label, ResultValues values, String reason, String by, Instant at, String state, String decision) {}

    final Grid<Version> grid = new Grid<>();
    final Paragraph counts = new Paragraph();

    public ResultHistoryDialog(ResultHistory h) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("training.history.title", h.serviceNumber() + " " + h.soldierName()));
        List<Version> rows = new ArrayList<>();
        rows.add(new Version(
                getTranslation("training.history.signedOff"),
                h.original(),
                "",
                h.signedOffBy(),
                h.signedOffAt(),
                "",
                ""));
        int n = 1;
        for (ResultHistory.Entry e : h.corrections()) {
            String decision = e.decidedBy() == null
                    ? ""
                    : getTranslation(
                                    e.status() == Correction.Status.REJECTED
                                            ? "training.history.rejectedBy"
                                            : "training.history.approvedBy",
                                    e.decidedBy(),
                                    Formats.WHEN.format(e.decidedAt()))
                            + (e.decisionReason() == null ? "" : ": " + e.decisionReason());
            rows.add(new Version(
                    getTranslation("training.history.correction", n++),
                    e.values(),
                    e.reason(),
                    e.author(),
                    e.at(),
                    getTranslation("training.correction.status." + e.status().name()),
                    decision));
        }
        grid.setId("history-grid");
        grid.addColumn(Version::label)
                .setHeader(getTranslation("training.history.version"))
                .setAutoWidth(true);
        grid.addColumn(v -> Outcomes.values(this, h.standard(), v.values()))
                .setHeader(getTranslation("training.values"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> Outcomes.badge(this, v.values()))
                .setHeader(getTranslation("training.sheet.outcome"))
                .setAutoWidth(true);
        grid.addColumn(Version::reason)
                .setHeader(getTranslation("training.correction.reason"))
                .setFlexGrow(2);
        grid.addColumn(v -> v.by() == null ? "" : v.by())
                .setHeader(getTranslation("training.history.by"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.at() == null ? "" : Formats.WHEN.format(v.at()))
                .setHeader(getTranslation("training.history.at"))
                .setAutoWidth(true);
        grid.addColumn(Version::state)
                .setHeader(getTranslation("soldier.status"))
                .setAutoWidth(true);
        grid.addColumn(Version::decision)
                .setHeader(getTranslation("training.history.decision"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // reasons are sentences, show them whole
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        counts.setId("history-counts");
        counts.setText(getTranslation(
                "training.history.countsNow",
                Outcomes.text(this, h.effective())
                        + (Outcomes.values(this, h.standard(), h.effective()).isEmpty()
                                ? ""
                                : " (" + Outcomes.values(this, h.standard(), h.effective()) + ")")));
        add(grid, counts);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
        setWidth("min(80rem, 95vw)");
    }
}
