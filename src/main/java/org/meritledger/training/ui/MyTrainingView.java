package org.meritledger.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import org.meritledger.base.ui.MainLayout;
import org.meritledger.training.MyResult;
import org.meritledger.training.SessionService;

/** A soldier's signed results, newest first, with their tier or verdict. */
@Route(value = "my-training", layout = MainLayout.class)
@PermitAll
public class MyTrainingView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyResult> grid = new Grid<>(MyResult.class, false);

    @Inject
    public MyTrainingView(SessionService sessions) {
        setId("my-training");
        setSizeFull();
        grid.setId("my-results");
        grid.addColumn(r -> TrainingSessionsView.WHEN.format(r.when())).setHeader(getTranslation("training.session.startsAt"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("standard." + r.standardCode()) + " v" + r.standardVersion())
                .setHeader(getTranslation("training.session.standard"));
        grid.addColumn(r -> r.raw().entrySet().stream()
                .map(e -> getTranslation("training.field." + e.getKey()) + ": " + e.getValue()).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("training.values")).setFlexGrow(2);
        grid.addComponentColumn(this::outcome).setHeader(getTranslation("training.sheet.outcome")).setAutoWidth(true);
        grid.addColumn(MyResult::place).setHeader(getTranslation("training.session.place"));
        grid.setItems(sessions.myResults());
        add(new H2(getTranslation("training.mine.title")), grid);
        expand(grid);
    }

    private Span outcome(MyResult r) {
        Span badge = new Span();
        if (r.attendance() != org.meritledger.training.Attendance.PRESENT) {
            badge.setText(getTranslation("training.attendance." + r.attendance().name()));
            badge.getElement().getThemeList().add("badge contrast");
            return badge;
        }
        String verdict = r.tier() != null ? getTranslation("tier." + r.tier().name())
                : (r.totalPoints() != null ? getTranslation("training.points", r.totalPoints()) + " · " : "")
                        + getTranslation(Boolean.TRUE.equals(r.passed()) ? "training.passed" : "training.failed");
        badge.setText(verdict);
        badge.getElement().getThemeList().add(Boolean.TRUE.equals(r.passed()) ? "badge success" : "badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.mine.title");
    }
}
