package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.LevelRow;
import org.meritledger.rewards.budget.OverrideRow;
import org.meritledger.security.Role;

/**
 * Budgets: the monthly allowance per unit level, and every commander's budget this month with
 * their own allowance and top-ups. Administrators change; auditors read (the fields are read-only
 * for them and the service refuses them anyway).
 */
@Route("admin/budgets")
@Menu(title = "nav.budgets", order = 95, icon = "vaadin:wallet")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class BudgetsView extends VerticalLayout implements HasDynamicTitle {

    private final BudgetService budgets;
    private final boolean admin;
    final Grid<LevelRow> levels = new Grid<>();
    final Grid<OverrideRow> commanders = new Grid<>();

    @Inject
    public BudgetsView(BudgetService budgets) {
        this(budgets, RewardsUi.isAdmin());
    }

    BudgetsView(BudgetService budgets, boolean admin) {
        this.budgets = budgets;
        this.admin = admin;
        setId("budgets");
        setSizeFull();
        levels.addColumn(l -> getTranslation("rewards.budgets.level", l.depth()))
                .setHeader(getTranslation("rewards.budgets.levels"))
                .setFlexGrow(2);
        levels.addComponentColumn(this::levelField).setHeader(getTranslation("rewards.budgets.allowance"));
        levels.setAllRowsVisible(true);
        commanders.setId("budget-commanders");
        commanders.addColumn(OverrideRow::displayName).setHeader(getTranslation("rewards.budgets.col.commander"));
        commanders.addComponentColumn(this::overrideField).setHeader(getTranslation("rewards.budgets.col.own"));
        commanders.addColumn(r -> r.figures().allowance()).setHeader(getTranslation("rewards.budgets.allowance"));
        commanders.addColumn(r -> r.figures().toppedUp()).setHeader(getTranslation("rewards.budgets.col.toppedUp"));
        commanders.addColumn(r -> r.figures().used()).setHeader(getTranslation("rewards.budgets.col.used"));
        commanders.addColumn(r -> r.figures().remaining()).setHeader(getTranslation("rewards.budgets.col.remaining"));
        commanders
                .addComponentColumn(this::topUp)
                .setHeader(getTranslation("rewards.budgets.topUp"))
                .setKey("topUp");
        org.meritledger.base.ui.RowActions.keepInReach(commanders, commanders.getColumnByKey("topUp"));
        add(
                new H2(getTranslation("rewards.budgets.title")),
                levels,
                new H3(getTranslation("rewards.budgets.commanders")),
                commanders);
        refresh();
    }

    void refresh() {
        levels.setItems(budgets.levels());
        commanders.setItems(budgets.commanders());
    }

    private Component levelField(LevelRow l) {
        TextField f = new TextField();
        f.setId("level-" + l.depth());
        f.setPlaceholder(getTranslation("rewards.budgets.notSet"));
        f.setValue(l.allowance() == null ? "" : String.valueOf(l.allowance()));
        f.setReadOnly(!admin);
        f.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && Problems.attempt(
                            this, Map.of("allowance", f), () -> budgets.setLevel(l.depth(), f.getValue()))) {
                saved();
            }
        });
        return f;
    }

    private Component overrideField(OverrideRow r) {
        TextField f = new TextField();
        f.setPlaceholder(getTranslation("rewards.budgets.override"));
        f.setValue(r.ownAllowance() == null ? "" : String.valueOf(r.ownAllowance()));
        f.setReadOnly(!admin);
        f.addValueChangeListener(e -> {
            if (e.isFromClient()
                    && Problems.attempt(
                            this, Map.of("allowance", f), () -> budgets.setOverride(r.accountId(), f.getValue()))) {
                saved();
            }
        });
        return f;
    }

    private Component topUp(OverrideRow r) {
        TextField amount = new TextField();
        amount.setPlaceholder(getTranslation("rewards.budgets.topUpAmount"));
        amount.setWidth("8rem");
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("rewards.budgets.topUpReason"));
        Button add = new Button(getTranslation("rewards.budgets.topUp"), e -> {
            if (Problems.attempt(
                    this,
                    Map.of("amount", amount, "reason", reason),
                    () -> budgets.topUp(r.accountId(), amount.getValue(), reason.getValue()))) {
                saved();
            }
        });
        amount.setId("topup-amount-" + r.username());
        reason.setId("topup-reason-" + r.username());
        add.setId("topup-" + r.username());
        HorizontalLayout row = new HorizontalLayout(amount, reason, add);
        row.setVisible(admin);
        return row;
    }

    private void saved() {
        Notification.show(getTranslation("rewards.budgets.saved"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.budgets.title");
    }
}
