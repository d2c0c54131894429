package org.meritledger.training.session.ui;

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
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.GridPages;
import org.meritledger.personnel.UnitService;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionSummary;

/** Training sessions of the units the user reaches, newest first; commanders open new ones here. */
@Route("training")
@Menu(title = "nav.training", order = 50, icon = "vaadin:bullseye")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class TrainingSessionsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SessionSummary> grid = new Grid<>(SessionSummary.class, false);

    @Inject
    public TrainingSessionsView(SessionService sessions, UnitService units, CallerProvider callers) {
        setId("training-sessions");
        setSizeFull();
        grid.setId("session-grid");
        grid.addColumn(s -> Formats.WHEN.format(s.startsAt()))
                .setHeader(getTranslation("training.session.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("standard." + s.standardCode()) + " v" + s.standardVersion())
                .setHeader(getTranslation("training.session.standard"));
        grid.addColumn(SessionSummary::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setFlexGrow(2);
        grid.addColumn(SessionSummary::place).setHeader(getTranslation("training.session.place"));
        grid.addColumn(s -> getTranslation("training.state." + s.state().name()))
                .setHeader(getTranslation("soldier.status"))
                .setAutoWidth(true);
        grid.addColumn(SessionSummary::participants)
                .setHeader(getTranslation("training.session.participants"))
                .setAutoWidth(true);
        grid.setItems(q -> sessions.page(GridPages.of(q)).stream(), q -> (int) sessions.count());
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(TrainingSessionView.class, e.getItem().id())));
        HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("training.sessions.title")));
        boolean mayOpen =
                callers.current().map(c -> c.hasAny(Role.COMMANDER, Role.ADMIN)).orElse(false);
        if (mayOpen) {
            Button open = new Button(
                    getTranslation("training.session.new"),
                    VaadinIcon.PLUS.create(),
                    e -> new NewSessionDialog(
                                    sessions,
                                    units.list(),
                                    id -> getUI().ifPresent(ui -> ui.navigate(TrainingSessionView.class, id)))
                            .open());
            open.setId("session-new");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(open);
        }
        add(head, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.sessions.title");
    }
}
