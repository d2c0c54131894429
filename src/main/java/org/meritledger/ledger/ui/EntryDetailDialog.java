package org.meritledger.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.LongConsumer;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.explorer.EntryDetail;
import org.meritledger.ledger.explorer.EntrySearch.CoveringCheckpoint;
import org.meritledger.ledger.explorer.EntrySummary;

/**
 * One entry as the explorer opens it: what it records (payload indented), its three hashes, the
 * checkpoint that first signed it, its inclusion proof checked now against the newest covering
 * checkpoint, and the other entries about the same record, each of which opens in turn.
 */
class EntryDetailDialog extends Dialog {

    final Span heading = new Span();
    final Pre payload = new Pre();
    final Paragraph hashes = new Paragraph();
    final Paragraph covering = new Paragraph();
    final Span proofVerdict = new Span();
    final Pre proof = new Pre();
    final Grid<EntrySummary> history = new Grid<>();

    EntryDetailDialog(EntryDetail d, LongConsumer openOther) {
        setId("entry-detail");
        setWidth("min(60em, 95vw)");
        EntrySummary s = d.summary();
        setHeaderTitle(getTranslation("explorer.entry.title", s.sequence()));
        heading.setId("entry-heading");
        heading.setText(getTranslation(
                "explorer.entry.heading",
                s.type(),
                LedgerExplorerView.TIME.format(s.timestamp()),
                s.subject() == null ? "\u2014" : s.subject()));

        payload.setId("entry-payload");
        payload.setText(d.payloadPretty());
        payload.getStyle()
                .set("white-space", "pre-wrap")
                .set("word-break", "break-all")
                .set("max-height", "20em");
        payload.getStyle().set("overflow", "auto");

        hashes.setId("entry-hashes");
        hashes.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        hashes.setText(
                getTranslation("explorer.entry.hashes", d.entryHashHex(), d.payloadHashHex(), d.previousHashHex()));

        covering.setId("entry-covering");
        CoveringCheckpoint c = d.firstCovering();
        covering.setText(
                c == null
                        ? getTranslation("explorer.entry.notYetCovered")
                        : getTranslation(
                                "explorer.entry.covering",
                                c.treeSize(),
                                LedgerExplorerView.TIME.format(c.signedAt()),
                                c.keyId(),
                                c.rootHex()));

        proofVerdict.setId("entry-proof-verdict");
        proofVerdict.setText(verdict(d.receipt()));
        proof.setId("entry-proof");
        proof.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        proof.setText(String.join("\n", d.proofHex()));

        history.setId("entry-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.addColumn(EntrySummary::sequence).setHeader(getTranslation("explorer.col.seq"));
        history.addColumn(e -> LedgerExplorerView.TIME.format(e.timestamp()))
                .setHeader(getTranslation("explorer.col.time"));
        history.addColumn(EntrySummary::type).setHeader(getTranslation("explorer.col.type"));
        history.setItems(d.subjectHistory());
        history.setAllRowsVisible(d.subjectHistory().size() <= 8);
        if (d.subjectHistory().size() > 8) {
            history.setHeight("16em");
        }
        history.addItemClickListener(e -> {
            if (e.getItem().sequence() != s.sequence()) {
                close();
                openOther.accept(e.getItem().sequence());
            }
        });

        VerticalLayout body = new VerticalLayout(
                heading,
                new H4(getTranslation("explorer.entry.payload")),
                payload,
                new H4(getTranslation("explorer.entry.hashesTitle")),
                hashes,
                new H4(getTranslation("explorer.entry.proofTitle")),
                covering,
                proofVerdict,
                proof,
                new H4(getTranslation(
                        "explorer.entry.record", d.subjectHistory().size())),
                s.subject() == null ? new Div(new Span(getTranslation("explorer.entry.noRecord"))) : history);
        body.setPadding(false);
        add(body);
        Button close = new Button(getTranslation("explorer.close"), e -> close());
        close.setId("entry-close");
        getFooter().add(close);
    }

    private String verdict(EntryReceipt r) {
        if (r.problem() != null) {
            return getTranslation("explorer.entry.proofProblem", r.problem());
        }
        if (r.pending()) {
            return getTranslation("explorer.entry.proofPending");
        }
        return r.verified()
                ? getTranslation("explorer.entry.proofOk", r.checkpointSize(), r.keyIdHex())
                : getTranslation(
                        "explorer.entry.proofBad",
                        r.check().failedStep(),
                        r.check().expected(),
                        r.check().computed());
    }
}
