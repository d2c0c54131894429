package org.meritledger.ledger.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.meritledger.base.ui.LocaleChoice;
import org.meritledger.ledger.receipts.PublicReceiptCheck;
import org.meritledger.ledger.receipts.PublicReceiptCheck.Outcome;

/**
 * The public receipt check ({@code /verify-receipt}, no login): paste or upload a receipt, and
 * the page says plainly whether it is valid and why, in English or Chinese. The verdict comes
 * from {@link PublicReceiptCheck}, which judges the receipt by its own proofs with the pure
 * core and then checks today's ledger still extends its checkpoint. A {@code digest} query
 * parameter (from the printed receipt's QR code) is compared with the file's digest.
 */
// No shell: MainLayout is @PermitAll, and a route inherits its layout's access rule, so with the
// shell an anonymous visitor would be sent to the login page.
@Route(value = "verify-receipt", autoLayout = false)
@AnonymousAllowed
public class ReceiptCheckView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    final TextArea json = new TextArea();
    final Upload upload;
    final Button check;
    final Span verdict = new Span();
    final Paragraph reason = new Paragraph();
    final Paragraph facts = new Paragraph();
    final Paragraph witnesses = new Paragraph();
    final Paragraph detail = new Paragraph();
    final Paragraph digestLine = new Paragraph();
    private final Div result = new Div();
    private final PublicReceiptCheck checker;
    private String expectedDigest;

    @Inject
    public ReceiptCheckView(PublicReceiptCheck checker) {
        this.checker = checker;
        setId("receipt-check-view");
        setMaxWidth("60em");
        json.setId("receipt-json");
        json.setLabel(getTranslation("receipt.check.paste"));
        json.setWidthFull();
        json.setHeight("14em");
        json.setMaxLength(PublicReceiptCheck.MAX_BYTES);
        upload = new Upload(
                new InMemoryUploadHandler((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    json.setValue(new String(bytes, StandardCharsets.UTF_8));
                    run();
                }))) {
                    @Override
                    public long getFileSizeMax() {
                        return PublicReceiptCheck.MAX_BYTES;
                    }
                });
        upload.setId("receipt-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PublicReceiptCheck.MAX_BYTES);
        upload.setAcceptedFileTypes(".json", "application/json", "text/plain");
        upload.setUploadButton(new Button(getTranslation("receipt.check.upload")));
        check = new Button(getTranslation("receipt.check.run"), e -> run());
        check.setId("receipt-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verdict.setId("receipt-verdict");
        reason.setId("receipt-reason");
        facts.setId("receipt-facts");
        witnesses.setId("receipt-witnesses");
        detail.setId("receipt-detail");
        detail.addClassName("hash");
        digestLine.setId("receipt-digest");
        result.setId("receipt-result");
        result.add(verdict, reason, facts, witnesses, digestLine, detail);
        result.setVisible(false);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("receipt.check.title")));
        top.setWidthFull();
        top.setAlignItems(Alignment.CENTER);
        UI ui = UI.getCurrent();
        if (ui != null) {
            Span spacer = new Span();
            top.add(spacer, LocaleChoice.select(ui, null));
            top.expand(spacer);
        }
        add(
                top,
                new Paragraph(getTranslation("receipt.check.intro")),
                json,
                new HorizontalLayout(upload, check),
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> d =
                event.getLocation().getQueryParameters().getParameters().get("digest");
        expectedDigest = d == null || d.isEmpty() || !d.get(0).matches("[0-9a-f]{64}") ? null : d.get(0);
    }

    void run() {
        Outcome o = checker.check(json.getValue());
        result.setVisible(true);
        verdict.setText(getTranslation(o.valid() ? "receipt.check.valid" : "receipt.check.invalid"));
        verdict.getElement().getThemeList().clear();
        verdict.getElement().getThemeList().add(o.valid() ? "badge success" : "badge error");
        reason.setText(getTranslation(o.reasonKey(), o.reasonArgs().toArray()));
        if (o.receipt() != null) {
            var e = o.receipt().entry();
            facts.setText(getTranslation(
                    "receipt.check.entry",
                    e.sequence(),
                    e.type(),
                    TIME.format(e.timestamp()),
                    e.subject() == null ? "–" : e.subject()));
        } else {
            facts.setText("");
        }
        witnesses.setText(
                o.valid()
                        ? getTranslation(
                                "receipt.check.witnessed", o.witnessedBy().size(), String.join(", ", o.witnessedBy()))
                        : "");
        detail.setText(o.expected() == null ? "" : getTranslation("receipt.check.detail", o.expected(), o.computed()));
        if (expectedDigest != null && o.digest() != null) {
            digestLine.setText(
                    expectedDigest.equals(o.digest())
                            ? getTranslation("receipt.check.digest.match")
                            : getTranslation("receipt.check.digest.mismatch", expectedDigest));
        } else {
            digestLine.setText("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receipt.check.title");
    }
}
