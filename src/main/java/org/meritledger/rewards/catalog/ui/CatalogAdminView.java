package org.meritledger.rewards.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.GridPages;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.CatalogService;
import org.meritledger.rewards.catalog.CatalogTerms;
import org.meritledger.rewards.catalog.CatalogVersionRow;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The reward catalog for administrators (auditors read it, without the buttons): every item,
 * retired ones too if asked, in a lazy grid; "New item", "Edit", "Retire"/"Reactivate"; and the
 * selected item's history, one row per revision with what changed and its ledger entry.
 */
@Route("admin/catalog")
@Menu(title = "nav.rewardCatalog", order = 115, icon = "vaadin:gift")
@RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
public class CatalogAdminView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CatalogItemRow> grid = new Grid<>(CatalogItemRow.class, false);
    final Grid<CatalogVersionRow> history = new Grid<>(CatalogVersionRow.class, false);
    final H3 historyTitle = new H3();
    final Checkbox showRetired = new Checkbox();
    final Button add = new Button();
    private final CatalogService catalog;
    private final boolean admin;

    @Inject
    public CatalogAdminView(CatalogService catalog, CallerProvider callers) {
        this.catalog = catalog;
        this.admin = callers.current().map(c -> c.has(Role.ADMIN)).orElse(false);
        setId("catalog-admin-view");
        setSizeFull();
        grid.setId("catalog-grid");
        grid.addColumn(r ->
                        CatalogLabels.pick(this, r.terms().nameEn(), r.terms().nameZh()))
                .setHeader(getTranslation("catalog.field.name"))
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(r -> CatalogLabels.cost(this, r.terms().tokenCost()))
                .setHeader(getTranslation("catalog.field.tokenCost"))
                .setKey("tokenCost")
                .setSortProperty("tokenCost")
                .setAutoWidth(true);
        grid.addColumn(r -> CatalogLabels.stock(this, r.terms().stock()))
                .setHeader(getTranslation("catalog.field.stock"))
                .setAutoWidth(true);
        grid.addColumn(r -> CatalogLabels.limit(
                        this, r.terms().limitCount(), r.terms().limitPeriod()))
                .setHeader(getTranslation("catalog.limit"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.visibleUnitPath() == null ? getTranslation("catalog.everyone") : r.visibleUnitPath())
                .setHeader(getTranslation("catalog.visibleTo"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.terms().needsApproval() ? "catalog.approval.yes" : "catalog.approval.no"))
                .setHeader(getTranslation("catalog.field.needsApproval"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.terms().active() ? "catalog.state.active" : "catalog.state.retired"))
                .setHeader(getTranslation("catalog.state"))
                .setKey("state")
                .setAutoWidth(true);
        if (admin) {
            org.meritledger.base.ui.RowActions.keepInReach(
                    grid, grid.addComponentColumn(this::actions).setKey("actions"));
        }
        grid.setItems(q -> catalog.page(showRetired.getValue(), GridPages.of(q)).stream(), q ->
                (int) catalog.count(showRetired.getValue()));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresentOrElse(this::showHistory, this::clearHistory));

        history.setId("catalog-history");
        history.addColumn(v -> "r" + v.revision())
                .setHeader(getTranslation("catalog.history.revision"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(v -> Formats.WHEN.format(v.changedAt()))
                .setHeader(getTranslation("catalog.history.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(v -> v.changedBy() == null ? getTranslation("catalog.history.bySystem") : v.changedBy())
                .setHeader(getTranslation("catalog.history.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(v -> getTranslation("catalog.change." + v.change().name()))
                .setHeader(getTranslation("catalog.history.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(this::changes)
                .setHeader(getTranslation("catalog.history.details"))
                .setFlexGrow(3)
                .setTooltipGenerator(this::changes);
        history.addColumn(v -> "#" + v.ledgerSeq())
                .setHeader(getTranslation("catalog.history.entry"))
                .setAutoWidth(true)
                .setFlexGrow(0);

        showRetired.setLabel(getTranslation("catalog.showRetired"));
        showRetired.setId("catalog-show-retired");
        showRetired.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("catalog.new"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("catalog-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(
                e -> new CatalogItemEditor(null, catalog.unitChoices(), catalog::create, this::refresh).open());
        add.setVisible(admin);
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("catalog.admin.title")), showRetired, add);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(top, grid, historyTitle, history);
        historyTitle.setVisible(false);
        history.setVisible(false);
        grid.setHeight("55%");
        expand(history);
    }

    private HorizontalLayout actions(CatalogItemRow r) {
        Button edit = new Button(getTranslation("catalog.edit"), VaadinIcon.EDIT.create(), e -> edit(r));
        edit.setId("catalog-edit-" + r.id());
        boolean active = r.terms().active();
        Button toggle = new Button(getTranslation(active ? "catalog.retire" : "catalog.reactivate"), e -> {
            if (Problems.attempt(
                    this, Map.of(), () -> (active ? catalog.retire(r.id()) : catalog.reactivate(r.id())).id())) {
                Problems.success(getTranslation(active ? "catalog.retired" : "catalog.reactivated"));
                refresh();
            }
        });
        toggle.setId("catalog-toggle-" + r.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(edit, toggle);
    }

    private void edit(CatalogItemRow r) {
        new CatalogItemEditor(r, catalog.unitChoices(), d -> catalog.update(r.id(), r.revision(), d), this::refresh)
                .open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        clearHistory();
    }

    private void showHistory(CatalogItemRow r) {
        historyTitle.setText(getTranslation(
                "catalog.history.title",
                CatalogLabels.pick(this, r.terms().nameEn(), r.terms().nameZh())));
        history.setItems(catalog.history(r.id()));
        historyTitle.setVisible(true);
        history.setVisible(true);
    }

    private void clearHistory() {
        historyTitle.setVisible(false);
        history.setVisible(false);
    }

    /** "Cost: 40 → 50; Stock: 5 → 4", or the whole first revision's terms in short. */
    String changes(CatalogVersionRow v) {
        if (v.changes().isEmpty()) {
            CatalogTerms t = v.terms();
            return CatalogLabels.cost(this, t.tokenCost()) + "; " + CatalogLabels.stock(this, t.stock()) + "; "
                    + CatalogLabels.limit(this, t.limitCount(), t.limitPeriod());
        }
        return v.changes().stream()
                .map(c -> getTranslation(
                        "catalog.history.changed",
                        getTranslation("catalog.field." + c.field()),
                        value(c.field(), c.before()),
                        value(c.field(), c.after())))
                .collect(Collectors.joining("; "));
    }

    /** A changed value as a reader says it: yes/no, the period's name, a dash for "none". */
    private String value(String field, String v) {
        if (v.isEmpty()) {
            return field.equals("visibleUnitId") ? getTranslation("catalog.everyone") : "\u2013";
        }
        return switch (field) {
            case "active" -> getTranslation(Boolean.parseBoolean(v) ? "catalog.state.active" : "catalog.state.retired");
            case "needsApproval" ->
                getTranslation(Boolean.parseBoolean(v) ? "catalog.approval.yes" : "catalog.approval.no");
            case "limitPeriod" -> getTranslation("catalog.period." + v);
            default -> v;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.admin.title");
    }
}
