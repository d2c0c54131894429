package org.meritledger.personnel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.Role;

/**
 * The unit tree for administrators. Units are few (hundreds), so the grid holds them all,
 * indented by depth; soldiers, which are many, are paged elsewhere.
 */
@Route("admin/units")
@Menu(title = "nav.units", order = 80, icon = "vaadin:sitemap")
@RolesAllowed(Role.Names.ADMIN)
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UnitNode> grid = new Grid<>(UnitNode.class, false);
    final Button add;
    private final UnitService units;
    private List<UnitNode> current = List.of();

    @Inject
    public UnitsView(UnitService units) {
        this.units = units;
        setId("units-view");
        setSizeFull();
        grid.setId("unit-grid");
        grid.addColumn(u -> "\u2003".repeat(u.depth()) + u.name())
                .setHeader(getTranslation("unit.name"))
                .setFlexGrow(3);
        grid.addColumn(UnitNode::code).setHeader(getTranslation("unit.code")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.active() ? "unit.active" : "unit.inactive"))
                .setHeader(getTranslation("unit.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(u -> {
                    Button toggle = new Button(getTranslation(u.active() ? "unit.deactivate" : "unit.activate"), e -> {
                        if (Problems.attempt(this, Map.of(), () -> units.setActive(u.id(), !u.active()))) {
                            refresh();
                        }
                    });
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return toggle;
                })
                .setKey("toggle");
        org.meritledger.base.ui.RowActions.keepInReach(grid, grid.getColumnByKey("toggle"));
        grid.addItemClickListener(e -> new UnitEditor(
                        e.getItem(), current, d -> units.update(e.getItem().id(), d), this::refresh)
                .open());
        add = new Button(
                getTranslation("unit.new"),
                VaadinIcon.PLUS.create(),
                e -> new UnitEditor(null, current, units::create, this::refresh).open());
        add.setId("unit-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(new H2(getTranslation("units.title")), add), grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        current = units.list();
        grid.setItems(current);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("units.title");
    }
}
