package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.appeal.AppealRow;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.security.Role;

/**
 * Appeals of deductions: pending ones (with Uphold and Reverse where the caller may decide:
 * from above the deducting commander, or as an administrator) and decided ones. Auditors read.
 */
@Route("appeals")
@Menu(title = "nav.appeals", order = 37, icon = "vaadin:scale")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class AppealsView extends VerticalLayout implements HasDynamicTitle {

    private final AppealService appeals;
    final Tab pendingTab = new Tab();
    final Tab decidedTab = new Tab();
    final Tabs tabs = new Tabs();
    final Grid<AppealRow> grid = new Grid<>();

    @Inject
    public AppealsView(AppealService appeals) {
        this.appeals = appeals;
        setId("appeals");
        setSizeFull();
        pendingTab.setLabel(getTranslation("rewards.appeals.pending"));
        decidedTab.setLabel(getTranslation("rewards.appeals.decided"));
        tabs.add(pendingTab, decidedTab);
        tabs.addSelectedChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(AppealRow::soldier)
                .setHeader(getTranslation("rewards.appeals.col.soldier"))
                .setAutoWidth(true);
        grid.addColumn(r ->
                        getTranslation("rewards.appeals.deduction", r.amount(), r.deductedBy(), r.deductionReason()))
                .setHeader(getTranslation("rewards.appeals.col.deduction"))
                .setFlexGrow(2);
        grid.addColumn(AppealRow::text)
                .setHeader(getTranslation("rewards.appeals.col.text"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.WHEN.format(r.filedAt())).setHeader(getTranslation("rewards.appeals.col.filed"));
        org.meritledger.base.ui.RowActions.keepInReach(
                grid,
                grid.addComponentColumn(this::decision)
                        .setKey("decision")
                        .setHeader(getTranslation("rewards.appeals.col.decision")));
        grid.setItems(q -> appeals.queue(pending(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) appeals.count(pending()));
        grid.setSizeFull();
        add(new H2(getTranslation("rewards.appeals.title")), tabs, grid);
    }

    private boolean pending() {
        return tabs.getSelectedTab() != decidedTab;
    }

    private Component decision(AppealRow r) {
        if (r.state() != AppealState.PENDING) {
            return new Span(getTranslation(
                    "rewards.appeals.decision",
                    getTranslation("rewards.appeal.state." + r.state().name(), ""),
                    r.decidedBy(),
                    r.decisionReason()));
        }
        if (!r.decidable()) {
            return new Span(getTranslation("rewards.appeal.state.PENDING"));
        }
        Button uphold = new Button(getTranslation("rewards.appeals.uphold"), e -> decide(r, AppealState.UPHELD));
        Button reverse = new Button(getTranslation("rewards.appeals.reverse"), e -> decide(r, AppealState.REVERSED));
        uphold.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        uphold.setId("uphold-" + r.id());
        reverse.setId("reverse-" + r.id());
        return new HorizontalLayout(uphold, reverse);
    }

    void decide(AppealRow r, AppealState outcome) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("rewards.appeals.decideTitle", r.soldier()));
        TextArea reason = new TextArea(getTranslation("rewards.appeals.reason"));
        reason.setMaxLength(AppealService.MAX_REASON);
        reason.setWidthFull();
        Button ok = new Button(
                getTranslation(outcome == AppealState.REVERSED ? "rewards.appeals.reverse" : "rewards.appeals.uphold"),
                e -> {
                    if (Problems.attempt(
                            this, Map.of("reason", reason), () -> appeals.decide(r.id(), outcome, reason.getValue()))) {
                        Notification.show(getTranslation("rewards.appeals.done"));
                        d.close();
                        grid.getDataProvider().refreshAll();
                    }
                });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.setWidth("30rem");
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.appeals.title");
    }
}
