package org.meritledger.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.ledger.LedgerAdminService;
import org.meritledger.ledger.LedgerOverview;
import org.meritledger.ledger.LedgerOverview.SigningKeyInfo;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The ledger's state for administrators and auditors: size, newest signed checkpoint (to copy
 * into an external verifier), the checkpoint keys, and the last verification, with "verify now".
 * Only administrators see "rotate signing key"; the service refuses everyone else anyway.
 */
@Route("admin/ledger")
@Menu(title = "nav.ledger", order = 120, icon = "vaadin:link")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    final Span size = new Span();
    final Span checkpointCaption = new Span();
    final TextArea checkpoint = new TextArea();
    /** Keys are few (one per rotation), so the grid holds them all. */
    final Grid<SigningKeyInfo> keys = new Grid<>(SigningKeyInfo.class, false);

    final Span verification = new Span();
    final Button verify;
    final Button rotate;
    private final LedgerAdminService ledger;

    @Inject
    public LedgerView(LedgerAdminService ledger, CallerProvider callers) {
        this.ledger = ledger;
        setId("ledger-view");
        size.setId("ledger-size");
        checkpoint.setId("ledger-checkpoint");
        checkpoint.setReadOnly(true); // read-only text can still be selected and copied
        checkpoint.setWidthFull();
        checkpoint.setLabel(getTranslation("ledger.view.checkpoint"));
        checkpointCaption.setId("ledger-checkpoint-caption");
        Button copy = new Button(
                getTranslation("ledger.view.copy"),
                VaadinIcon.COPY.create(),
                e -> getUI().ifPresent(ui ->
                        ui.getPage().executeJs("navigator.clipboard.writeText($0)", checkpoint.getValue())));
        copy.setId("ledger-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        keys.setId("ledger-keys");
        keys.addColumn(SigningKeyInfo::keyId)
                .setHeader(getTranslation("ledger.view.keyId"))
                .setAutoWidth(true);
        keys.addColumn(SigningKeyInfo::fromSeq)
                .setHeader(getTranslation("ledger.view.fromSeq"))
                .setAutoWidth(true);
        keys.addColumn(k -> TIME.format(k.createdAt()))
                .setHeader(getTranslation("ledger.view.created"))
                .setAutoWidth(true);
        keys.addColumn(SigningKeyInfo::verifierKey)
                .setHeader(getTranslation("ledger.view.verifierKey"))
                .setFlexGrow(1);
        keys.setAllRowsVisible(true);

        verification.setId("ledger-verification");
        verify = new Button(getTranslation("ledger.view.verify"), VaadinIcon.CHECK_CIRCLE.create(), e -> verifyNow());
        verify.setId("ledger-verify");
        rotate = new Button(getTranslation("ledger.view.rotate"), VaadinIcon.KEY.create(), e -> confirmRotation());
        rotate.setId("ledger-rotate");
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        rotate.setVisible(callers.current().map(c -> c.has(Role.ADMIN)).orElse(false));

        add(
                new H2(getTranslation("ledger.view.title")),
                size,
                new H3(getTranslation("ledger.view.latestCheckpoint")),
                checkpointCaption,
                checkpoint,
                copy,
                new H3(getTranslation("ledger.view.keys")),
                keys,
                new H3(getTranslation("ledger.view.verification")),
                verification,
                new HorizontalLayout(verify, rotate));
        refresh();
    }

    void refresh() {
        LedgerOverview o = ledger.overview();
        size.setText(getTranslation("ledger.view.size", o.treeSize()));
        o.checkpoint()
                .ifPresentOrElse(
                        c -> {
                            checkpointCaption.setText(getTranslation(
                                    "ledger.view.checkpointCaption",
                                    c.treeSize(),
                                    c.keyId(),
                                    TIME.format(c.createdAt())));
                            checkpoint.setValue(c.note());
                        },
                        () -> {
                            checkpointCaption.setText(getTranslation("ledger.view.noCheckpoint"));
                            checkpoint.clear();
                        });
        keys.setItems(o.keys());
        show(o.lastVerification());
    }

    private void show(VerificationReport r) {
        if (r == null) {
            verification.setText(getTranslation("ledger.view.notVerified"));
            verification.getElement().removeAttribute("theme");
        } else if (r.ok()) {
            verification.setText(getTranslation(
                    "ledger.view.verifiedOk",
                    time(r.finishedAt()),
                    r.entries() - r.from(),
                    getTranslation(r.full() ? "ledger.view.full" : "ledger.view.incremental"),
                    r.millis()));
            verification.getElement().setAttribute("theme", "badge success");
        } else {
            verification.setText(getTranslation(
                    "ledger.view.verifiedFailed",
                    time(r.finishedAt()),
                    r.failure().toString()));
            verification.getElement().setAttribute("theme", "badge error");
        }
    }

    private void verifyNow() {
        VerificationReport[] result = new VerificationReport[1];
        if (Problems.attempt(this, Map.of(), () -> result[0] = ledger.verifyNow())) {
            refresh();
            show(result[0]); // this run, even if a scheduled one finished just after it
        }
    }

    private void confirmRotation() {
        ConfirmDialog d = new ConfirmDialog();
        d.setId("ledger-rotate-confirm");
        d.setHeader(getTranslation("ledger.view.rotateConfirmTitle"));
        d.setText(getTranslation("ledger.view.rotateConfirmText"));
        d.setCancelable(true);
        d.setCancelText(getTranslation("ledger.view.cancel"));
        d.setConfirmText(getTranslation("ledger.view.rotateConfirm"));
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            SigningKeyInfo[] made = new SigningKeyInfo[1];
            if (Problems.attempt(this, Map.of(), () -> made[0] = ledger.rotateKey())) {
                refresh();
                Problems.success(getTranslation("ledger.view.rotated", made[0].keyId(), made[0].fromSeq()));
            }
        });
        d.open();
    }

    private static String time(Instant t) {
        return TIME.format(t);
    }

    /** For tests: the keys shown. */
    List<SigningKeyInfo> shownKeys() {
        return keys.getGenericDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.view.title");
    }
}
