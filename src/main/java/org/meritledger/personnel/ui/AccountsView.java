package org.meritledger.personnel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.util.stream.Collectors;
import org.meritledger.base.ui.GridPages;
import org.meritledger.personnel.AccountRow;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.Role;

/** Accounts for administrators: lazy grid with search; click a row to edit roles, units, password. */
@Route("admin/accounts")
@Menu(title = "nav.accounts", order = 100, icon = "vaadin:lock")
@RolesAllowed(Role.Names.ADMIN)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountRow> grid = new Grid<>(AccountRow.class, false);
    final Button add;

    @Inject
    public AccountsView(AccountService accounts, SoldierService soldiers, UnitService unitService) {
        setId("accounts-view");
        setSizeFull();
        List<UnitNode> units = unitService.list();
        search.setPlaceholder(getTranslation("account.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.setId("account-grid");
        grid.addColumn(AccountRow::username)
                .setHeader(getTranslation("account.username"))
                .setKey("username")
                .setSortable(true);
        grid.addColumn(AccountRow::displayName)
                .setHeader(getTranslation("account.displayName"))
                .setKey("displayName")
                .setSortable(true);
        grid.addColumn(a -> a.roles().stream()
                        .map(r -> getTranslation("role." + r.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.roles"));
        grid.addColumn(a -> a.soldierLabel() == null ? "" : a.soldierLabel())
                .setHeader(getTranslation("account.soldier"));
        grid.addColumn(a -> getTranslation(
                        !a.active()
                                ? "account.state.inactive"
                                : a.locked() ? "account.state.locked" : "account.state.active"))
                .setHeader(getTranslation("account.state"))
                .setKey("active")
                .setSortable(true);
        grid.setItems(q -> accounts.page(search.getValue(), GridPages.of(q)).stream(), q ->
                (int) accounts.count(search.getValue()));
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        grid.addItemClickListener(
                e -> new AccountEditor(accounts.get(e.getItem().id()), accounts, soldiers, units, refresh).open());
        add = new Button(
                getTranslation("account.new"),
                VaadinIcon.PLUS.create(),
                e -> new AccountEditor(null, accounts, soldiers, units, refresh).open());
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("accounts.title")), add), search, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }
}
