package org.meritledger.training.mytraining.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.ui.EntryReceiptDialog;
import org.meritledger.training.mytraining.ResultReceipt;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.ResultValues;

/**
 * A result's receipt: the ledger's receipt dialog for the sign-off entry, plus what a corrected
 * result adds: the values the receipt proves, the correction's entries with their verdicts and
 * the whole chain as one download. The verdict is the chain's, since the sign-off alone would
 * vouch for a value that no longer counts.
 */
public class ReceiptDialog extends EntryReceiptDialog {

    public ReceiptDialog(ResultReceipt r) {
        super(r.ledger());
        EntryReceipt e = r.ledger();
        FormLayout facts = facts(e);
        if (r.proves() != null) {
            Span proves = new Span(describe(r.proves()));
            proves.setId("receipt-proves");
            facts.addFormItem(proves, getTranslation("training.receipt.proves"));
        }
        addVerdict(
                facts,
                r.verified(),
                r.pending(),
                r.corrected() ? "training.receipt.chain.verified" : "training.receipt.verified");
        add(facts);
        if (!r.verified() && !r.pending()) {
            add(new Paragraph(getTranslation(reasonKey(r))));
        }
        if (r.corrected()) {
            add(chain(r));
        }
        addFiles(e);
    }

    /**
     * The correction's entries below the sign-off's: each with its verdict, and the whole chain
     * as one download (each receipt in it can also be checked on its own on the public page).
     */
    private Component chain(ResultReceipt r) {
        Div box = new Div();
        box.setId("receipt-chain");
        box.add(new H4(getTranslation("training.receipt.chain.title")));
        box.add(new Paragraph(getTranslation("training.receipt.chain.explain")));
        for (ResultReceipt.Link l : r.corrections()) {
            Span line = new Span();
            line.addClassName("receipt-link");
            if (l.ledger() == null) {
                line.setText(getTranslation("training.receipt.role." + l.role().name() + ".missing"));
                line.getElement().getThemeList().add("badge error");
            } else {
                String status = l.verified()
                        ? getTranslation("training.receipt.yes")
                        : l.pending()
                                ? getTranslation("training.receipt.notYet")
                                : getTranslation("training.receipt.notVerified");
                line.setText(getTranslation(
                                "training.receipt.role." + l.role().name(),
                                l.ledger().sequence()) + ": " + status);
                line.getElement()
                        .getThemeList()
                        .add(l.verified() ? "badge success" : l.pending() ? "badge contrast" : "badge error");
            }
            box.add(new Div(line));
        }
        String json = r.chainJson();
        if (json != null) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            String name = "receipt-chain-result-" + r.resultId() + ".json";
            Anchor all = new Anchor(
                    DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                            new ByteArrayInputStream(bytes), name, "application/json", bytes.length)),
                    AttachmentType.DOWNLOAD,
                    getTranslation("training.receipt.chain.download"));
            all.setId("receipt-chain-download");
            box.add(new Paragraph(all));
        }
        return box;
    }

    /** The values a receipt proves, as My training shows them: the typed values and the verdict. */
    private String describe(ResultValues v) {
        if (v.attendance() != Attendance.PRESENT) {
            return getTranslation("training.attendance." + v.attendance().name());
        }
        String typed = v.raw().entrySet().stream()
                .map(x -> getTranslation("training.field." + x.getKey()) + ": " + x.getValue())
                .sorted()
                .collect(Collectors.joining(", "));
        String verdict = v.tier() != null
                ? getTranslation("tier." + v.tier().name())
                : getTranslation(Boolean.TRUE.equals(v.passed()) ? "training.passed" : "training.failed");
        return typed.isEmpty() ? verdict : typed + " · " + verdict;
    }

    private static String reasonKey(ResultReceipt r) {
        EntryReceipt e = r.ledger();
        if (!r.recordsThisResult()) {
            return "training.receipt.otherRecord";
        }
        if (e.verified() || e.pending()) {
            // the sign-off checks out: what fails is an entry of the correction
            ResultReceipt.Link bad = r.firstFailure();
            if (bad != null && bad.ledger() == null) {
                return "training.receipt.role." + bad.role().name() + ".missing";
            }
            if (bad != null && !bad.recordsIt()) {
                return "training.receipt.linkOtherRecord";
            }
            if (bad != null
                    && bad.ledger().check() != null
                    && bad.ledger().check().failedStep() != null) {
                return "training.receipt.failed."
                        + bad.ledger().check().failedStep().name();
            }
        }
        return failureKey(e);
    }
}
