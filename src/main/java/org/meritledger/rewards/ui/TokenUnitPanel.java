package org.meritledger.rewards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.ui.UnitPanel;
import org.meritledger.rewards.leaderboard.LeaderboardService;
import org.meritledger.rewards.leaderboard.UnitTokenFigures;

/**
 * The tokens section of the unit dashboard: this month's tokens earned and deducted, how many
 * soldiers earned, what the unit's soldiers hold, and a link to the leaderboard. Contributed
 * through {@link UnitPanel}, so training does not know rewards.
 */
@ApplicationScoped
public class TokenUnitPanel implements UnitPanel {

    private LeaderboardService boards;

    protected TokenUnitPanel() {}

    @Inject
    public TokenUnitPanel(LeaderboardService boards) {
        this.boards = boards;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> panel(long unitId) {
        UnitTokenFigures f;
        try {
            f = boards.figures(unitId);
        } catch (AccessDeniedException | NotFoundException e) {
            return Optional.empty();
        }
        Div d = new Div();
        d.setId("unit-tokens");
        Paragraph figures = new Paragraph(d.getTranslation(
                "rewards.unit.figures", f.month().label(), f.earned(), f.deducted(), f.soldiersEarning()));
        figures.setId("unit-token-figures");
        Paragraph held =
                new Paragraph(d.getTranslation("rewards.unit.held", f.soldiersWithBalance(), f.totalBalance()));
        held.setId("unit-token-held");
        Anchor board =
                new Anchor(LeaderboardView.PATH + "?unit=" + unitId, d.getTranslation("rewards.unit.toLeaderboard"));
        board.setId("unit-token-leaderboard");
        d.add(new H3(d.getTranslation("rewards.unit.title")), figures, held, board);
        return Optional.of(d);
    }
}
