package org.meritledger.personnel.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.Role;

/**
 * The soldiers of the units the user commands (a commander's home) or of every unit (auditors
 * and administrators). Read-only: which soldiers appear is decided by the service, not here.
 */
@Route("roster")
@Menu(title = "nav.roster", order = 40, icon = "vaadin:group")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.AUDITOR, Role.Names.ADMIN})
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    final SoldierGrid soldiers;

    @Inject
    public RosterView(SoldierService soldierService, UnitService unitService) {
        setId("roster-view");
        setSizeFull();
        var units = unitService.list();
        soldiers = new SoldierGrid(soldierService, units);
        Span count = new Span();
        count.setId("roster-count");
        soldiers.grid()
                .getDataProvider()
                .addDataProviderListener(
                        e -> count.setText(getTranslation("roster.count", soldierService.count(soldiers.filter()))));
        count.setText(getTranslation("roster.count", soldierService.count(soldiers.filter())));
        // each soldier's service record (career events and training results) is one click away;
        // a router link so navigation stays in the page (ServiceRecordView's route)
        soldiers.grid()
                .addComponentColumn(r -> {
                    com.vaadin.flow.component.html.Anchor a = new com.vaadin.flow.component.html.Anchor(
                            "soldier/" + r.id() + "/record", getTranslation("record.open"));
                    a.getElement().setAttribute("router-link", true);
                    return a;
                })
                .setHeader(getTranslation("record.title"))
                .setKey("record")
                .setAutoWidth(true)
                .setFrozenToEnd(true)
                .setFlexGrow(0);
        add(new H2(getTranslation("roster.title")), count, soldiers);
        expand(soldiers);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title");
    }
}
