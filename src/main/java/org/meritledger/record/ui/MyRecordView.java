package org.meritledger.record.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.List;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.career.CareerService;
import org.meritledger.record.ServiceRecordService;

/** The logged-in soldier's own service record: read-only (nobody records events about themself). */
@Route("my-record")
@Menu(title = "nav.myRecord", order = 30, icon = "vaadin:records")
@ForLinkedSoldier
@PermitAll
public class MyRecordView extends VerticalLayout implements HasDynamicTitle {

    ServiceRecordPanel panel;

    @Inject
    public MyRecordView(ServiceRecordService records, CareerService careers) {
        setId("my-record");
        setSizeFull();
        records.me()
                .ifPresentOrElse(
                        me -> {
                            panel = new ServiceRecordPanel(records, careers, List::of, me.id());
                            add(panel);
                        },
                        () -> add(
                                new H2(getTranslation("record.title")), new Paragraph(getTranslation("me.noSoldier"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record.title");
    }
}
