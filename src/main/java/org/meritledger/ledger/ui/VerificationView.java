package org.meritledger.ledger.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Duration;
import org.meritledger.ledger.LedgerAdminService;
import org.meritledger.ledger.VerificationProgress.Snapshot;
import org.meritledger.ledger.VerificationRuns.Run;
import org.meritledger.security.Role;

/**
 * Full verification on demand, in the background: a progress bar with the entries checked and an
 * estimate of the time left, updated on the page every half second while it runs (writes go on
 * meanwhile); the current integrity state; and the history of runs (when, who or the schedule,
 * result, first failure, duration, entries per second).
 */
@Route("admin/ledger/verification")
@Menu(title = "nav.ledgerVerification", order = 122, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class VerificationView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 500;

    final Span state = new Span();
    final Button run;
    final ProgressBar bar = new ProgressBar();
    final Span progressText = new Span();
    final Grid<Run> history = new Grid<>();

    private final LedgerAdminService ledger;
    private boolean wasRunning;
    private Registration polling;

    @Inject
    public VerificationView(LedgerAdminService ledger) {
        this.ledger = ledger;
        setId("verification-view");
        add(new H2(getTranslation("verification.title")));
        state.setId("verification-state");
        run = new Button(getTranslation("verification.run"), VaadinIcon.PLAY.create(), e -> start());
        run.setId("verification-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.setId("verification-bar");
        bar.setMin(0);
        bar.setMax(1);
        progressText.setId("verification-progress");

        history.setId("verification-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(r -> LedgerExplorerView.TIME.format(r.startedAt()))
                .setHeader(getTranslation("verification.col.started"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(r -> trigger(r.trigger())).setHeader(getTranslation("verification.col.by"));
        history.addColumn(r -> getTranslation(r.full() ? "verification.full" : "verification.incremental"))
                .setHeader(getTranslation("verification.col.kind"));
        history.addColumn(r -> r.ok()
                        ? getTranslation("verification.ok")
                        : getTranslation("verification.failedAt", r.failureSeq() == null ? "?" : r.failureSeq()))
                .setHeader(getTranslation("verification.col.result"));
        history.addColumn(r -> r.failure() == null ? "" : r.failure())
                .setHeader(getTranslation("verification.col.failure"))
                .setFlexGrow(3);
        history.addColumn(r -> getTranslation("verification.duration", r.millis()))
                .setHeader(getTranslation("verification.col.duration"));
        history.addColumn(r -> getTranslation("verification.rate", r.entries(), r.entriesPerSecond()))
                .setHeader(getTranslation("verification.col.rate"));
        history.setItems(
                DataProvider.fromCallbacks(q -> ledger.verificationRuns(q.getOffset(), q.getLimit()).stream(), q ->
                        (int) Math.min(ledger.verificationRunCount(), Integer.MAX_VALUE)));

        add(new H3(getTranslation("verification.current")), state, run, bar, progressText);
        add(new H3(getTranslation("verification.history")), history);
        refresh();
    }

    private void start() {
        if (ledger.startFullVerification()) {
            wasRunning = true; // a short run may end before the next poll; it still gets its message
            Notification.show(getTranslation("verification.started"), 3000, Notification.Position.BOTTOM_START);
        } else {
            Notification.show(getTranslation("verification.alreadyRunning"), 3000, Notification.Position.BOTTOM_START);
        }
        refresh();
    }

    /** Reads progress and state again; called by the UI's poll while the page is open. */
    void refresh() {
        Snapshot p = ledger.progress();
        boolean held = ledger.held();
        state.setText(getTranslation(held ? "verification.held" : "verification.writable"));
        state.getElement().setAttribute("theme", held ? "badge error" : "badge success");
        run.setEnabled(!p.running());
        bar.setVisible(p.running());
        progressText.setVisible(p.running());
        if (p.running()) {
            bar.setValue(p.fraction());
            progressText.setText(
                    p.eta() == null
                            ? getTranslation("verification.progressNoEta", p.done(), p.total(), trigger(p.trigger()))
                            : getTranslation(
                                    "verification.progress", p.done(), p.total(), eta(p.eta()), trigger(p.trigger())));
        }
        if (wasRunning && !p.running()) {
            history.getDataProvider().refreshAll();
            Notification.show(getTranslation("verification.finished"), 4000, Notification.Position.BOTTOM_START);
        }
        wasRunning = p.running();
    }

    private String eta(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 60
                ? getTranslation("verification.seconds", s)
                : getTranslation("verification.minutes", s / 60, s % 60);
    }

    private String trigger(String t) {
        if (t == null) {
            return "";
        }
        return switch (t) {
            case "schedule" -> getTranslation("verification.bySchedule");
            case "startup" -> getTranslation("verification.byStartup");
            default -> t;
        };
    }

    @Override
    protected void onAttach(AttachEvent e) {
        UI ui = e.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(p -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent e) {
        e.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verification.title");
    }
}
