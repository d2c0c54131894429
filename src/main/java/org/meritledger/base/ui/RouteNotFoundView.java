package org.meritledger.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address that is no page of the portal: said in the user's language inside the usual layout,
 * with a way home. Replaces Vaadin's bare English page, and never shows the route list or a trace.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class RouteNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        Anchor home = new Anchor("", getTranslation("notFound.home"));
        home.setId("not-found-home");
        add(
                new H2(getTranslation("notFound.title")),
                new Paragraph(
                        getTranslation("notFound.text", event.getLocation().getPath())),
                home);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
