package org.meritledger.personnel.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.personnel.SoldierRow;

class RosterViewTest extends ViewTestSupport {

    @Test
    void commanderSeesTheSoldiersOfTheirCompanyOnly() {
        p.soldier("MR-10", "Able", p.a1);
        p.soldier("MR-11", "Baker", p.a2);
        p.soldier("MR-20", "Charlie", p.b1);
        p.commanderOf(p.aCoy, null);
        UI.getCurrent().add(new RosterView(p.soldierService, p.unitService));

        @SuppressWarnings("unchecked")
        Grid<SoldierRow> grid = _get(Grid.class, spec -> spec.withId("soldier-grid"));
        assertEquals(2, _size(grid));
        assertEquals(
                List.of("MR-10", "MR-11"),
                List.of(_get(grid, 0).serviceNumber(), _get(grid, 1).serviceNumber()));
        assertEquals("Private", _getFormattedRow(grid, 0).get(3));
        assertEquals(
                "2 soldiers",
                _get(Span.class, spec -> spec.withId("roster-count")).getText());

        _setValue(_get(TextField.class, spec -> spec.withId("soldier-search")), "bak");
        assertEquals(1, _size(grid));
        assertEquals("Baker", _get(grid, 0).familyName());
        // Searching for a soldier of another company finds nothing: scope is the service's.
        _setValue(_get(TextField.class, spec -> spec.withId("soldier-search")), "charlie");
        assertEquals(0, _size(grid));
    }

    @Test
    void auditorSeesEveryone() {
        p.soldier("MR-10", "Able", p.a1);
        p.soldier("MR-20", "Charlie", p.b1);
        p.auditor();
        UI.getCurrent().add(new RosterView(p.soldierService, p.unitService));
        assertEquals(2, _size(_get(Grid.class, spec -> spec.withId("soldier-grid"))));
    }

    @Test
    void eachSoldierLinksToTheirServiceRecord() {
        Long id = p.soldier("MR-10", "Able", p.a1).getId();
        p.auditor();
        UI.getCurrent().add(new RosterView(p.soldierService, p.unitService));
        @SuppressWarnings("unchecked")
        Grid<SoldierRow> grid = _get(Grid.class, spec -> spec.withId("soldier-grid"));
        com.vaadin.flow.component.html.Anchor link = (com.vaadin.flow.component.html.Anchor)
                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "record");
        assertEquals("soldier/" + id + "/record", link.getHref());
    }
}
