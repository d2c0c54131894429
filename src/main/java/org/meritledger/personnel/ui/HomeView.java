package org.meritledger.personnel.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/** "/" sends each user to the page their work starts on: all of them are personnel pages, so this lives here and not in the shell. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CallerProvider callers;

    @Inject
    public HomeView(CallerProvider callers) {
        this.callers = callers;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Caller caller = callers.current().orElse(null);
        if (caller == null) {
            return;
        }
        if (caller.has(Role.ADMIN)) {
            event.forwardTo(SoldiersView.class);
        } else if (caller.hasAny(Role.COMMANDER, Role.AUDITOR)) {
            event.forwardTo(RosterView.class);
        } else {
            event.forwardTo(MyProfileView.class);
        }
    }
}
