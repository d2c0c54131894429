package org.meritledger.training.correction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.GridPages;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.RowActions;
import org.meritledger.security.Role;
import org.meritledger.training.correction.Correction;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.PendingCorrection;
import org.meritledger.training.standard.ui.Outcomes;

/**
 * Tier-changing corrections waiting for a second person, in the units the user reaches. Approve
 * makes one count; Reject (with a reason) leaves the result as it was. The author sees their own
 * but cannot decide them; the service enforces who may.
 */
@Route("training/corrections")
@Menu(title = "nav.pendingCorrections", order = 60, icon = "vaadin:check-square-o")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class PendingCorrectionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PendingCorrection> grid = new Grid<>();
    private final CorrectionService corrections;

    /**
     * The session page's address (the route of training.session.ui.TrainingSessionView), named
     * rather than imported because that page imports this package's dialogs. CorrectionViewsTest
     * checks that the two agree.
     */
    static final String SESSION_PAGE = "training/session/";

    @Inject
    public PendingCorrectionsView(CorrectionService corrections) {
        this.corrections = corrections;
        setId("pending-corrections");
        setSizeFull();
        grid.setId("pending-grid");
        grid.addColumn(c -> Formats.WHEN.format(c.at()))
                .setHeader(getTranslation("training.history.at"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
                    String label = getTranslation("standard." + c.standardCode()) + " v" + c.standardVersion();
                    return new Anchor(SESSION_PAGE + c.sessionId(), label);
                })
                .setHeader(getTranslation("training.session.standard"))
                .setKey("session")
                .setAutoWidth(true);
        grid.addColumn(c -> c.serviceNumber() + " " + c.soldierName())
                .setHeader(getTranslation("training.sheet.name"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> Outcomes.badge(this, c.before()))
                .setHeader(getTranslation("training.pending.before"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> Outcomes.badge(this, c.proposed()))
                .setHeader(getTranslation("training.pending.proposed"))
                .setAutoWidth(true);
        grid.addColumn(PendingCorrection::reason)
                .setHeader(getTranslation("training.correction.reason"))
                .setFlexGrow(2);
        grid.addColumn(PendingCorrection::author)
                .setHeader(getTranslation("training.history.by"))
                .setAutoWidth(true);
        RowActions.keepInReach(
                grid, grid.addComponentColumn(this::actions).setHeader("").setKey("actions"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> corrections.pending(GridPages.of(q)).stream(), q -> (int) corrections.countPending());
        add(
                new H2(getTranslation("training.pending.title")),
                new Paragraph(getTranslation("training.pending.hint")),
                grid);
        expand(grid);
    }

    private HorizontalLayout actions(PendingCorrection c) {
        HorizontalLayout out = new HorizontalLayout();
        if (!c.mayDecide()) {
            return out;
        }
        Button approve = new Button(getTranslation("training.pending.approve"), e -> {
            if (Problems.attempt(this, Map.of(), () -> corrections.approve(c.correctionId()))) {
                Problems.success(getTranslation("training.pending.approved"));
                grid.getDataProvider().refreshAll();
            }
        });
        approve.setId("approve-" + c.correctionId());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(
                getTranslation("training.pending.reject"), e -> rejectDialog(c).open());
        reject.setId("reject-" + c.correctionId());
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        out.add(approve, reject);
        return out;
    }

    Dialog rejectDialog(PendingCorrection c) {
        Dialog d = new Dialog();
        d.setId("reject-dialog");
        d.setHeaderTitle(getTranslation("training.pending.reject") + ": " + c.serviceNumber());
        TextArea reason = new TextArea(getTranslation("training.correction.reason"));
        reason.setId("reject-reason");
        reason.setRequired(true);
        Inputs.limit(reason, Correction.REASON);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("training.pending.reject"), e -> {
            if (Problems.attempt(
                    d, Map.of("reason", reason), () -> corrections.reject(c.correctionId(), reason.getValue()))) {
                Problems.success(getTranslation("training.pending.rejected"));
                d.close();
                grid.getDataProvider().refreshAll();
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), confirm);
        return d;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.pending.title");
    }
}
