package org.meritledger.rewards.redemption.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.redemption.RedemptionService;
import org.meritledger.rewards.redemption.RequestRow;
import org.meritledger.rewards.redemption.RequestState;
import org.meritledger.security.Role;

/**
 * Redemption requests in the caller's scope, pending ones first, then those ready to hand over
 * (lazy): Approve and Decline (with a reason) while pending, Mark handed over when ready, and
 * Decline of a ready one that cannot be handed over; only where the caller may decide (the
 * service checks again). Auditors and commanders outside the chain read.
 */
@Route("requests")
@Menu(title = "nav.requests", order = 38, icon = "vaadin:cart-o")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class RequestsView extends VerticalLayout implements HasDynamicTitle {

    private final RedemptionService redemption;
    final Grid<RequestRow> grid = new Grid<>();

    @Inject
    public RequestsView(RedemptionService redemption) {
        this.redemption = redemption;
        setId("requests");
        setSizeFull();
        grid.setId("requests-grid");
        grid.addColumn(RequestRow::soldier)
                .setHeader(getTranslation("redemption.col.soldier"))
                .setAutoWidth(true);
        RequestColumns.addTo(grid, this, this::actions);
        grid.setItems(q -> redemption.queue(q.getOffset(), q.getLimit()).stream(), q -> (int) redemption.countQueue());
        grid.setSizeFull();
        add(new H2(getTranslation("redemption.queue.title")), grid);
    }

    private Component actions(RequestRow r) {
        HorizontalLayout out = new HorizontalLayout();
        if (!r.decidable()) {
            return out;
        }
        if (r.state() == RequestState.PENDING) {
            Button approve =
                    new Button(getTranslation("redemption.approve"), e -> act(() -> redemption.approve(r.id())));
            approve.setId("approve-" + r.id());
            approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            out.add(approve);
        }
        if (r.state() == RequestState.READY) {
            Button handed = new Button(getTranslation("redemption.fulfil"), e -> act(() -> redemption.fulfil(r.id())));
            handed.setId("fulfil-" + r.id());
            handed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            out.add(handed);
        }
        Button decline = new Button(getTranslation("redemption.decline"), e -> decline(r));
        decline.setId("decline-" + r.id());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        out.add(decline);
        return out;
    }

    private void act(Runnable call) {
        if (Problems.attempt(this, Map.of(), call)) {
            Problems.success(getTranslation("redemption.done"));
            grid.getDataProvider().refreshAll();
        }
    }

    void decline(RequestRow r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("redemption.declineTitle", RedemptionLabels.item(this, r), r.soldier()));
        TextArea reason = new TextArea(getTranslation("redemption.reason"));
        reason.setId("decline-reason");
        reason.setMaxLength(RedemptionService.MAX_REASON);
        reason.setWidthFull();
        Button ok = new Button(getTranslation("redemption.decline"), e -> {
            if (Problems.attempt(d, Map.of("reason", reason), () -> redemption.decline(r.id(), reason.getValue()))) {
                Problems.success(getTranslation("redemption.done"));
                d.close();
                grid.getDataProvider().refreshAll();
            }
        });
        ok.setId("decline-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        d.add(new Span(getTranslation("redemption.declineHint")), reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.setWidth("30rem");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("redemption.queue.title");
    }
}
