package org.meritledger.personnel.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.meritledger.personnel.UnitNode;

class UnitsViewTest extends ViewTestSupport {

    @Test
    void showsTheTreeDepthFirst() {
        p.admin();
        UnitsView view = new UnitsView(p.unitService);
        UI.getCurrent().add(view);
        assertEquals(6, _size(view.grid));
        assertEquals("1BN", _get(view.grid, 0).code());
        assertEquals("A-COY", _get(view.grid, 1).code());
        assertEquals("A-1PL", _get(view.grid, 2).code());
    }

    @Test
    void movingACompanyUnderItsOwnPlatoonIsRefusedWithAReason() {
        p.admin();
        UnitsView view = new UnitsView(p.unitService);
        UI.getCurrent().add(view);
        _clickItem(view.grid, 1); // A-COY
        UnitEditor ed = _get(UnitEditor.class);
        UnitNode platoon = p.unitService.list().stream()
                .filter(u -> u.code().equals("A-1PL"))
                .findFirst()
                .orElseThrow();
        _setValue(ed.parent, platoon);
        _click(ed.save);
        assertTrue(ed.parent.isInvalid());
        assertEquals("A unit cannot be moved under itself or one of its own sub-units.", ed.parent.getErrorMessage());
        assertEquals(p.bn.getId(), p.units.find(p.aCoy.getId()).orElseThrow().getParentId());
    }

    @Test
    void createsAUnit() {
        p.admin();
        UnitsView view = new UnitsView(p.unitService);
        UI.getCurrent().add(view);
        _click(view.add);
        UnitEditor ed = _get(UnitEditor.class);
        _setValue(ed.code, "C-COY");
        _setValue(ed.name, "Charlie Company");
        _click(ed.save);
        assertEquals(7, _size(view.grid));
        @SuppressWarnings("unchecked")
        Grid<UnitNode> grid = _get(Grid.class, spec -> spec.withId("unit-grid"));
        assertTrue(grid.getListDataView().getItems().anyMatch(u -> u.code().equals("C-COY")));
    }
}
