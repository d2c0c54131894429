package org.meritledger.ledger.ui;

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

/**
 * The receipt of the ledger entry that recorded something a person is shown (a training result,
 * a token movement): the entry, the checkpoint it was checked against and the verdict, with the
 * receipt as a JSON file that can be checked without the portal (help page {@value #HELP_PATH})
 * and as a printable PDF. One dialog, so every feature's receipts look and check the same; a
 * feature whose receipt spans more entries (a corrected training result) extends it and lays
 * out the same sections with its own in between.
 */
public class EntryReceiptDialog extends Dialog {

    /** The page that explains receipts and how to check them offline. */
    public static final String HELP_PATH = "help/receipts";

    final Span verdict = new Span();
    Anchor download;
    Anchor pdf;

    /**
     * @param recordsThis whether the entry records the thing shown exactly as shown
     * @param otherRecordKey the message when it does not
     */
    public EntryReceiptDialog(EntryReceipt e, boolean recordsThis, String otherRecordKey) {
        this(e);
        boolean verified = recordsThis && e.verified();
        FormLayout facts = facts(e);
        addVerdict(facts, verified, e.pending(), "training.receipt.verified");
        add(facts);
        if (!verified && !e.pending()) {
            add(new Paragraph(getTranslation(recordsThis ? failureKey(e) : otherRecordKey)));
        }
        addFiles(e);
    }

    /** The frame alone (title, id, close): a subclass adds the sections in its own order. */
    protected EntryReceiptDialog(EntryReceipt e) {
        setHeaderTitle(getTranslation("training.receipt.title", e.sequence()));
        setId("receipt-dialog");
        Button close = new Button(getTranslation("action.close"), ev -> close());
        getFooter().add(close);
    }

    /** The entry's facts, without the verdict, so a subclass can add its own before it. */
    protected FormLayout facts(EntryReceipt e) {
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
        return facts;
    }

    /**
     * The verdict as the last fact.
     *
     * @param verifiedKey the words when it verifies (a chain says the whole chain does)
     */
    protected void addVerdict(FormLayout facts, boolean verified, boolean pending, String verifiedKey) {
        verdict.setId("receipt-verdict");
        if (verified) {
            verdict.setText(getTranslation(verifiedKey));
            verdict.getElement().getThemeList().add("badge success");
        } else if (pending) {
            verdict.setText(getTranslation("training.receipt.pending"));
            verdict.getElement().getThemeList().add("badge contrast");
        } else {
            verdict.setText(getTranslation("training.receipt.notVerified"));
            verdict.getElement().getThemeList().add("badge error");
        }
        facts.addFormItem(verdict, getTranslation("training.receipt.verdict"));
    }

    /** Why an entry that records the thing shown does not check out: the failed step, if known. */
    protected static String failureKey(EntryReceipt e) {
        if (e.check() != null && e.check().failedStep() != null) {
            return "training.receipt.failed." + e.check().failedStep().name();
        }
        return "training.receipt.unreadable";
    }

    /** The receipt as JSON and as PDF, with the help page; nothing while no checkpoint covers it. */
    protected void addFiles(EntryReceipt e) {
        if (e.receipt() == null) {
            return;
        }
        byte[] json = e.receipt().toJson().getBytes(StandardCharsets.UTF_8);
        String name = "receipt-entry-" + e.sequence() + ".json";
        download = new Anchor(
                DownloadHandler.fromInputStream(ev ->
                        new DownloadResponse(new ByteArrayInputStream(json), name, "application/json", json.length)),
                AttachmentType.DOWNLOAD,
                getTranslation("training.receipt.download"));
        download.setId("receipt-download");
        Anchor help = new Anchor(HELP_PATH, getTranslation("training.receipt.help"));
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
    }

    /** The public check page's absolute address, from this request (the portal as its users reach it). */
    public static String checkPageUrl() {
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
}
