package org.meritledger.personnel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitNode;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.Role;

/** The administrator's soldier register: find, create and edit soldiers (status instead of deletion). */
@Route("admin/soldiers")
@Menu(title = "nav.soldiers", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
public class SoldiersView extends VerticalLayout implements HasDynamicTitle {

    final SoldierGrid soldiers;
    final Button add;

    @Inject
    public SoldiersView(SoldierService soldierService, UnitService unitService) {
        setId("soldiers-view");
        setSizeFull();
        List<UnitNode> units = unitService.list();
        soldiers = new SoldierGrid(soldierService, units);
        add = new Button(
                getTranslation("soldier.new"),
                VaadinIcon.PLUS.create(),
                e -> new SoldierEditor(null, units, soldierService::create, soldiers::refresh).open());
        add.setId("soldier-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        soldiers.grid()
                .addItemClickListener(e -> new SoldierEditor(
                                e.getItem(),
                                units,
                                d -> soldierService.update(e.getItem().id(), d),
                                soldiers::refresh)
                        .open());
        add(new HorizontalLayout(new H2(getTranslation("soldiers.title")), add), soldiers);
        expand(soldiers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("soldiers.title");
    }
}
