package org.meritledger.training.mytraining.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.receipts.ReceiptPdf;
import org.meritledger.training.mytraining.ResultReceipt;

/**
 * A result's receipt: the ledger entry that recorded it, the checkpoint it was checked against,
 * and the verdict, with the receipt as a JSON file that can be checked without the portal
 * (the portal's help page {@code /help/receipts}).
 */
public class ReceiptDialog extends Dialog {

    final Span verdict = new Span();
    final Anchor download;
    final Anchor pdf;

    public ReceiptDialog(ResultReceipt r) {
        setHeaderTitle(getTranslation("training.receipt.title", r.ledger().sequence()));
        setId("receipt-dialog");
        EntryReceipt e = r.ledger();
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.addFormItem(new Span(String.valueOf(e.sequence())), getTranslation("training.receipt.entry"));
        Span hash = new Span(e.entryHashHex());
        hash.addClassName("hash");
        facts.addFormItem(hash, getTranslation("training.receipt.entryHash"));
        facts.addFormItem(
                new Span(e.checkpointSize() == null ? "–" : String.valueOf(e.checkpointSize())),
                getTranslation("training.receipt.checkpointSize"));
        facts.addFormItem(
                new Span(e.keyIdHex() == null ? "–" : e.keyIdHex()), getTranslation("training.receipt.keyId"));
        verdict.setId("receipt-verdict");
        if (r.verified()) {
            verdict.setText(getTranslation("training.receipt.verified"));
            verdict.getElement().getThemeList().add("badge success");
        } else if (r.pending()) {
            verdict.setText(getTranslation("training.receipt.pending"));
            verdict.getElement().getThemeList().add("badge contrast");
        } else {
            verdict.setText(getTranslation("training.receipt.notVerified"));
            verdict.getElement().getThemeList().add("badge error");
        }
        if (r.proves() != null) {
            Span proves = new Span(describe(r.proves()));
            proves.setId("receipt-proves");
            facts.addFormItem(proves, getTranslation("training.receipt.proves"));
        }
        facts.addFormItem(verdict, getTranslation("training.receipt.verdict"));
        if (r.corrected() && r.verified()) {
            verdict.setText(getTranslation("training.receipt.chain.verified"));
        }
        add(facts);
        if (!r.verified() && !r.pending()) {
            add(new Paragraph(reason(r)));
        }
        if (r.corrected()) {
            add(chain(r));
        }
        if (e.receipt() != null) {
            byte[] json = e.receipt().toJson().getBytes(StandardCharsets.UTF_8);
            String name = "receipt-entry-" + e.sequence() + ".json";
            download = new Anchor(
                    DownloadHandler.fromInputStream(ev -> new DownloadResponse(
                            new ByteArrayInputStream(json), name, "application/json", json.length)),
                    AttachmentType.DOWNLOAD,
                    getTranslation("training.receipt.download"));
            download.setId("receipt-download");
            Anchor help = new Anchor(ReceiptHelpView.PATH, getTranslation("training.receipt.help"));
            help.setId("receipt-help");
            help.setTarget("_blank");
            add(new Paragraph(getTranslation("training.receipt.explain")), help, download);
            // the printable receipt, in the reader's language, with the public check page's address
            var receipt = e.receipt();
            String page = checkPageUrl();
            java.util.Locale locale = getLocale(); // the download runs in its own request
            pdf = new Anchor(
                    DownloadHandler.fromInputStream(ev -> {
                        byte[] bytes = ReceiptPdf.render(receipt, page, (k, a) -> getTranslation(locale, k, a));
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "receipt-entry-" + e.sequence() + ".pdf",
                                "application/pdf",
                                bytes.length);
                    }),
                    AttachmentType.DOWNLOAD,
                    getTranslation("training.receipt.downloadPdf"));
            pdf.setId("receipt-pdf");
            add(new Paragraph(pdf));
        } else {
            download = null;
            pdf = null;
        }
        Button close = new Button(getTranslation("action.close"), ev -> close());
        getFooter().add(close);
    }

    /** The public check page's absolute address, from this request (the portal as its users reach it). */
    static String checkPageUrl() {
        var req = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        if (req == null) {
            return "/verify-receipt";
        }
        var http = req.getHttpServletRequest();
        String scheme = http.getScheme();
        int port = http.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath()
                + "/verify-receipt";
    }

    /**
     * The correction's entries below the sign-off's: each with its verdict, and the whole chain
     * as one download (each receipt in it can also be checked on its own on the public page).
     */
    private com.vaadin.flow.component.Component chain(ResultReceipt r) {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div();
        box.setId("receipt-chain");
        box.add(new com.vaadin.flow.component.html.H4(getTranslation("training.receipt.chain.title")));
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
            box.add(new com.vaadin.flow.component.html.Div(line));
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
    private String describe(org.meritledger.training.standard.ResultValues v) {
        if (v.attendance() != org.meritledger.training.standard.Attendance.PRESENT) {
            return getTranslation("training.attendance." + v.attendance().name());
        }
        String typed = v.raw().entrySet().stream()
                .map(x -> getTranslation("training.field." + x.getKey()) + ": " + x.getValue())
                .sorted()
                .collect(java.util.stream.Collectors.joining(", "));
        String verdict = v.tier() != null
                ? getTranslation("tier." + v.tier().name())
                : getTranslation(Boolean.TRUE.equals(v.passed()) ? "training.passed" : "training.failed");
        return typed.isEmpty() ? verdict : typed + " · " + verdict;
    }

    private String reason(ResultReceipt r) {
        EntryReceipt e = r.ledger();
        if (!r.recordsThisResult()) {
            return getTranslation("training.receipt.otherRecord");
        }
        if (e.verified() || e.pending()) {
            // the sign-off checks out: what fails is an entry of the correction
            ResultReceipt.Link bad = r.firstFailure();
            if (bad != null && bad.ledger() == null) {
                return getTranslation("training.receipt.role." + bad.role().name() + ".missing");
            }
            if (bad != null && !bad.recordsIt()) {
                return getTranslation("training.receipt.linkOtherRecord");
            }
            if (bad != null
                    && bad.ledger().check() != null
                    && bad.ledger().check().failedStep() != null) {
                return getTranslation("training.receipt.failed."
                        + bad.ledger().check().failedStep().name());
            }
        }
        if (e.check() != null && e.check().failedStep() != null) {
            return getTranslation(
                    "training.receipt.failed." + e.check().failedStep().name());
        }
        return getTranslation("training.receipt.unreadable");
    }
}
