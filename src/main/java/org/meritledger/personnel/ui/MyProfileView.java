package org.meritledger.personnel.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.meritledger.base.ui.ForLinkedSoldier;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;

/** A soldier's own profile: what the battalion holds about them. */
@Route("me")
@Menu(title = "nav.me", order = 10, icon = "vaadin:user")
@ForLinkedSoldier
@PermitAll
public class MyProfileView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyProfileView(SoldierService soldiers) {
        setId("my-profile");
        add(new H2(getTranslation("me.title")));
        soldiers.me().ifPresentOrElse(this::show, () -> add(new Paragraph(getTranslation("me.noSoldier"))));
    }

    private void show(SoldierRow me) {
        FormLayout form = new FormLayout();
        form.add(
                field("soldier.serviceNumber", me.serviceNumber()),
                field("soldier.familyName", me.familyName()),
                field("soldier.givenName", me.givenName()),
                field("soldier.rank", getTranslation(me.rank().translationKey())),
                field("soldier.unit", me.unitPath()),
                field("soldier.status", getTranslation("status." + me.status().name())));
        add(form);
    }

    private TextField field(String labelKey, String value) {
        TextField f = new TextField(getTranslation(labelKey));
        f.setValue(value);
        f.setReadOnly(true);
        return f;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("me.title");
    }
}
