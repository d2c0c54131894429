package org.meritledger.record.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.ui.Problems;
import org.meritledger.career.CareerService;
import org.meritledger.personnel.UnitService;
import org.meritledger.record.ServiceRecordService;
import org.meritledger.security.Role;

/** A soldier's service record as commanders, auditors and administrators open it from the roster. */
@Route("soldier/:soldierId([0-9]{1,18})/record")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.AUDITOR, Role.Names.ADMIN})
public class ServiceRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRecordService records;
    private final CareerService careers;
    private final UnitService units;
    ServiceRecordPanel panel;

    @Inject
    public ServiceRecordView(ServiceRecordService records, CareerService careers, UnitService units) {
        this.records = records;
        this.careers = careers;
        this.units = units;
        setId("service-record");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(Long.parseLong(event.getRouteParameters().get("soldierId").orElseThrow()));
    }

    /** Shows one soldier; a soldier outside the caller's reach reads as "not found". */
    void show(long soldierId) {
        removeAll();
        try {
            panel = new ServiceRecordPanel(records, careers, units::list, soldierId);
            add(panel);
        } catch (NotFoundException e) {
            Problems.show(this, e, java.util.Map.of());
            add(new com.vaadin.flow.component.html.Paragraph(getTranslation("error.notFound")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.title");
    }
}
