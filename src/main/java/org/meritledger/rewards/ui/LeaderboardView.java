package org.meritledger.rewards.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.leaderboard.BoardLine;
import org.meritledger.rewards.leaderboard.LeaderboardService;
import org.meritledger.rewards.leaderboard.Period;
import org.meritledger.rewards.leaderboard.UnitBoard;
import org.meritledger.rewards.leaderboard.UnitOption;
import org.meritledger.security.Role;

/**
 * A unit's leaderboard for a period (month, quarter or year; the unit and everything below it):
 * top earners, most improved over the period before, and deductions apart. The unit picker
 * offers only units the caller may open; the service checks again. {@code ?unit=ID} preselects a
 * unit (the unit dashboard links here).
 */
@Route("tokens/leaderboard")
@Menu(title = "nav.leaderboard", order = 38, icon = "vaadin:trophy")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class LeaderboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String PATH = "tokens/leaderboard";

    private final LeaderboardService boards;
    final ComboBox<UnitOption> unit = new ComboBox<>();
    final Select<Period.Kind> kind = new Select<>();
    final Select<Period> period = new Select<>();
    final Paragraph summary = new Paragraph();
    final Grid<BoardLine> earners = board("leaderboard-earners");
    final Grid<BoardLine> improved = board("leaderboard-improved");
    final Grid<BoardLine> deductions = board("leaderboard-deductions");
    private final List<UnitOption> choices;

    @Inject
    public LeaderboardView(LeaderboardService boards) {
        this.boards = boards;
        setId("leaderboard");
        setWidthFull();
        unit.setId("leaderboard-unit");
        unit.setLabel(getTranslation("soldier.unit"));
        unit.setItemLabelGenerator(UnitOption::path);
        unit.setWidth("28em");
        choices = boards.units();
        unit.setItems(choices);
        kind.setId("leaderboard-kind");
        kind.setLabel(getTranslation("rewards.board.periodKind"));
        kind.setItems(Period.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rewards.board.kind." + k.name()));
        period.setId("leaderboard-period");
        period.setLabel(getTranslation("rewards.board.period"));
        period.setItemLabelGenerator(Period::label);
        summary.setId("leaderboard-summary");

        earners.addColumn(BoardLine::value).setHeader(getTranslation("rewards.board.earned"));
        improved.addColumn(l -> l.previousNet()).setHeader(getTranslation("rewards.board.previousNet"));
        improved.addColumn(l -> l.net()).setHeader(getTranslation("rewards.board.net"));
        improved.addColumn(l -> "+" + l.value()).setHeader(getTranslation("rewards.board.change"));
        deductions.addColumn(BoardLine::deductions).setHeader(getTranslation("rewards.board.deductionCount"));
        deductions.addColumn(l -> -l.value()).setHeader(getTranslation("rewards.board.deducted"));

        add(
                new H2(getTranslation("rewards.board.title")),
                new HorizontalLayout(unit, kind, period),
                summary,
                new H3(getTranslation("rewards.board.topEarners")),
                earners,
                new H3(getTranslation("rewards.board.mostImproved")),
                new Paragraph(getTranslation("rewards.board.mostImprovedExplain")),
                improved,
                new H3(getTranslation("rewards.board.deductions")),
                deductions);
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                List<Period> ps = boards.periods(e.getValue());
                period.setItems(ps);
                period.setValue(ps.get(0));
            }
        });
        unit.addValueChangeListener(e -> show());
        period.addValueChangeListener(e -> show());
        if (choices.isEmpty()) {
            summary.setText(getTranslation("training.dashboard.noUnits"));
        } else {
            unit.setValue(choices.get(0));
        }
        kind.setValue(Period.Kind.MONTH);
    }

    private Grid<BoardLine> board(String id) {
        Grid<BoardLine> g = new Grid<>();
        g.setId(id);
        g.addColumn(BoardLine::place)
                .setHeader(getTranslation("rewards.board.place"))
                .setAutoWidth(true);
        g.addColumn(BoardLine::serviceNumber)
                .setHeader(getTranslation("soldier.serviceNumber"))
                .setAutoWidth(true);
        g.addColumn(BoardLine::name)
                .setHeader(getTranslation("training.sheet.name"))
                .setFlexGrow(2);
        g.addColumn(BoardLine::unitPath)
                .setHeader(getTranslation("soldier.unit"))
                .setFlexGrow(2);
        g.setAllRowsVisible(true); // at most ten places, ties included
        return g;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("unit")
                .ifPresent(id -> choices.stream()
                        .filter(c -> String.valueOf(c.id()).equals(id))
                        .findFirst()
                        .ifPresent(unit::setValue));
    }

    void show() {
        UnitOption u = unit.getValue();
        Period p = period.getValue();
        if (u == null || p == null) {
            return;
        }
        Problems.attempt(this, Map.of(), () -> {
            UnitBoard b = boards.board(u.id(), p);
            earners.setItems(b.topEarners());
            improved.setItems(b.mostImproved());
            deductions.setItems(b.deductions());
            summary.setText(getTranslation(
                    "rewards.board.summary", u.path(), p.label(), p.previous().label()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rewards.board.title");
    }
}
