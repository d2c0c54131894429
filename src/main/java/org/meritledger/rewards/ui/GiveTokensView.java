package org.meritledger.rewards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.meritledger.base.ui.GridPages;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.category.Purpose;
import org.meritledger.security.Role;

/**
 * The roster of the caller's command (everyone for auditors and administrators), searchable by
 * name or service number, with several soldiers selectable: commanders award or deduct for the
 * selection; everyone here may open one soldier's token history (read-only).
 */
@Route("tokens")
@Menu(title = "nav.giveTokens", order = 36, icon = "vaadin:gift")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class GiveTokensView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<SoldierRow> grid = new Grid<>();
    final Span selected = new Span();
    final Button award;
    final Button deduct;
    final Button history;

    @Inject
    public GiveTokensView(
            SoldierService soldiers, AwardService awards, BudgetService budgets, CategoryService categories) {
        setId("give-tokens");
        setSizeFull();
        search.setId("give-search");
        grid.setId("give-grid");
        selected.setId("give-selected");
        search.setPlaceholder(getTranslation("rewards.give.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(SoldierRow::serviceNumber).setHeader(getTranslation("soldier.serviceNumber"));
        grid.addColumn(SoldierRow::fullName).setHeader(getTranslation("rewards.appeals.col.soldier"));
        grid.addColumn(SoldierRow::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setFlexGrow(2);
        grid.setItems(q -> soldiers.page(filter(), GridPages.of(q)).stream(), q -> (int) soldiers.count(filter()));
        grid.setSizeFull();
        award = new Button(
                getTranslation("rewards.give.award"),
                e -> new MovementDialog(
                                awards,
                                true,
                                ids(),
                                categories.list(Purpose.AWARD, true),
                                budgets.mine(),
                                grid::deselectAll)
                        .open());
        award.setId("give-award");
        award.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deduct = new Button(
                getTranslation("rewards.give.deduct"),
                e -> new MovementDialog(
                                awards, false, ids(), categories.list(Purpose.DEDUCTION, true), null, grid::deselectAll)
                        .open());
        deduct.setId("give-deduct");
        deduct.addThemeVariants(ButtonVariant.LUMO_ERROR);
        history = new Button(
                getTranslation("nav.myTokens"),
                e -> getUI().ifPresent(ui -> ui.navigate(MyTokensView.class, ids().get(0))));
        history.setId("give-history");
        boolean gives = awards.canGive();
        award.setVisible(gives);
        deduct.setVisible(gives);
        grid.addSelectionListener(e -> updateButtons());
        updateButtons();
        add(
                new H2(getTranslation("rewards.give.title")),
                new HorizontalLayout(search, award, deduct, history, selected),
                grid);
    }

    private void updateButtons() {
        int n = grid.getSelectedItems().size();
        selected.setText(getTranslation("rewards.give.selected", n));
        award.setEnabled(n > 0);
        deduct.setEnabled(n > 0);
        history.setEnabled(n == 1);
    }

    List<Long> ids() {
        return grid.getSelectedItems().stream().map(SoldierRow::id).sorted().toList();
    }

    private SoldierFilter filter() {
        return new SoldierFilter(search.getValue(), null, SoldierStatus.ACTIVE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.give.title");
    }
}
