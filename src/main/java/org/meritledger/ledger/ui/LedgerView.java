package org.meritledger.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
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
import org.meritledger.ledger.witness.CosignedCheckpoints;
import org.meritledger.ledger.witness.WitnessOverview;
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

    /** The JSON Lines export of the whole ledger (a plain link: the servlet streams it). */
    final Anchor export = new Anchor("ledger/export", "");
    /** Recent checkpoints with who cosigned them; few rows, so not lazy. */
    final Grid<CosignedCheckpoints.View> checkpoints = new Grid<>();

    final Grid<WitnessOverview.WitnessRow> witnesses = new Grid<>();
    final Span witnessInfo = new Span();
    private final WitnessOverview witnessing;

    /** Without the witnessing section (view tests of the rest). */
    public LedgerView(LedgerAdminService ledger, CallerProvider callers) {
        this(ledger, callers, null);
    }

    @Inject
    public LedgerView(LedgerAdminService ledger, CallerProvider callers, WitnessOverview witnessing) {
        this.ledger = ledger;
        this.witnessing = witnessing;
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
        export.setText(getTranslation("ledger.view.export"));
        export.setId("ledger-export");
        export.getElement().setAttribute("router-ignore", true);
        export.getElement().setAttribute("download", true);
        add(export);
        if (witnessing != null) {
            checkpoints.setId("ledger-checkpoints");
            checkpoints
                    .addColumn(CosignedCheckpoints.View::treeSize)
                    .setHeader(getTranslation("ledger.view.cpSize"))
                    .setAutoWidth(true);
            checkpoints
                    .addColumn(c -> TIME.format(c.createdAt()))
                    .setHeader(getTranslation("ledger.view.cpSigned"))
                    .setAutoWidth(true);
            checkpoints
                    .addColumn(c -> c.cosignatures().isEmpty()
                            ? getTranslation("ledger.view.cpNone")
                            : String.join(
                                    ", ",
                                    c.cosignatures().stream()
                                            .map(x -> x.witnessName() + " (" + TIME.format(x.signedAt()) + ")")
                                            .toList()))
                    .setHeader(getTranslation("ledger.view.cpCosignatures"))
                    .setFlexGrow(1);
            checkpoints
                    .addColumn(
                            c -> getTranslation(c.witnessed() ? "ledger.view.witnessedYes" : "ledger.view.witnessedNo"))
                    .setHeader(getTranslation("ledger.view.cpWitnessed"))
                    .setAutoWidth(true);
            checkpoints.setAllRowsVisible(true);
            witnesses.setId("ledger-witnesses");
            witnesses.addColumn(WitnessOverview.WitnessRow::label).setHeader(getTranslation("ledger.view.witnesses"));
            witnesses
                    .addColumn(WitnessOverview.WitnessRow::knownSize)
                    .setHeader(getTranslation("ledger.view.witnessKnown"))
                    .setAutoWidth(true);
            witnesses
                    .addColumn(w -> w.lastError() == null ? "" : w.lastError())
                    .setHeader(getTranslation("ledger.view.witnessError"))
                    .setFlexGrow(1);
            witnesses.setAllRowsVisible(true);
            witnessInfo.setId("ledger-witness-info");
            add(new H3(getTranslation("ledger.view.checkpoints")), checkpoints, witnesses, witnessInfo);
        }
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
        if (witnessing != null) {
            WitnessOverview.Overview w = witnessing.overview();
            checkpoints.setItems(w.recent());
            witnesses.setItems(w.witnesses());
            witnesses.setVisible(!w.witnesses().isEmpty());
            String info = w.witnesses().isEmpty() ? getTranslation("ledger.view.noWitnesses") : "";
            if (w.ownWitnessKey() != null) {
                info = (info + " " + getTranslation("ledger.view.ownWitness", w.ownWitnessKey())).strip();
            }
            witnessInfo.setText(info);
        }
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

    /** The restore step, for administrators only (the service refuses everyone else anyway). */
    @Inject
    void restore(org.meritledger.ledger.RestoreAcceptance restore, CallerProvider callers) {
        if (callers.current().map(c -> c.has(Role.ADMIN)).orElse(false)) {
            addComponentAtIndex(1, new RestorePanel(restore, this::refresh));
        }
    }

    private void verifyNow() {
        VerificationReport[] result = new VerificationReport[1];
        if (Problems.attempt(this, Map.of(), () -> result[0] = ledger.verifyNow())) {
            refresh();
            show(result[0]); // this run, even if a scheduled one finished just after it
            // say that it finished: the badge alone changes too quietly to notice
            if (result[0].ok()) {
                Problems.success(getTranslation("ledger.view.verifyFinished"));
            } else {
                com.vaadin.flow.component.notification.Notification.show(
                                getTranslation("ledger.view.verifyFinishedFailed"),
                                6000,
                                com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
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
