package org.meritledger.personnel.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.meritledger.personnel.Rank;

class SoldiersViewTest extends ViewTestSupport {

    private SoldierEditor openNewSoldier() {
        p.admin();
        UI.getCurrent().add(new SoldiersView(p.soldierService, p.unitService));
        _click(_get(Button.class, spec -> spec.withId("soldier-add")));
        return _get(SoldierEditor.class);
    }

    private void fill(SoldierEditor ed, String sn, String family) {
        _setValue(ed.serviceNumber, sn);
        _setValue(ed.familyName, family);
        _setValue(ed.givenName, "Given");
        _setValue(ed.rank, Rank.SGT);
        _setValue(
                ed.unit,
                p.unitService.list().stream()
                        .filter(u -> u.code().equals("A-1PL"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void createsASoldierAndShowsItInTheGrid() {
        SoldierEditor ed = openNewSoldier();
        fill(ed, "mr-500", "Newman");
        _click(ed.save);
        assertFalse(ed.isOpened());
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("soldier-grid"))));
        assertEquals(
                "MR-500", p.soldiers.findByServiceNumber("MR-500").orElseThrow().getServiceNumber());
    }

    @Test
    void duplicateServiceNumberIsShownOnTheFieldAndNothingIsSaved() {
        p.soldier("MR-500", "Existing", p.a1);
        SoldierEditor ed = openNewSoldier();
        fill(ed, "MR-500", "Newman");
        NotificationsKt.clearNotifications();
        _click(ed.save);
        assertTrue(ed.isOpened());
        assertTrue(ed.serviceNumber.isInvalid());
        assertEquals("Service number MR-500 already belongs to another soldier.", ed.serviceNumber.getErrorMessage());
        // no toast over the form: the summary at its top names the field
        NotificationsKt.expectNoNotifications();
        assertEquals(
                "Correct the marked field: Service number.",
                _get(ed, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-summary"))
                        .getText());
        assertEquals(1, p.soldiers.rows.size());
    }

    @Test
    void allFieldsEmptyMarksEachFieldAndTheSummaryNamesThemWithoutANotification() {
        SoldierEditor ed = openNewSoldier();
        NotificationsKt.clearNotifications();
        _click(ed.save);
        NotificationsKt.expectNoNotifications();
        for (var f : java.util.List.of(ed.serviceNumber, ed.familyName, ed.givenName)) {
            assertTrue(f.isInvalid(), f.getLabel());
            assertEquals("Required.", f.getErrorMessage());
        }
        assertTrue(ed.rank.isInvalid() && ed.unit.isInvalid());
        var summary = _get(ed, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("form-summary"));
        assertEquals(
                "Correct the 5 marked fields: Service number, Family name, Given name, Rank, Unit.", summary.getText());
        assertFalse(summary.getText().contains("Required."));
        // once the service accepts the form the summary is gone with the dialog; fixing some
        // fields and saving again leaves only the others named
        fill(ed, "MR-501", "Newman");
        _setValue(ed.familyName, "");
        _click(ed.save);
        assertEquals("Correct the marked field: Family name.", summary.getText());
        assertFalse(ed.serviceNumber.isInvalid());
    }

    @Test
    void emptyAndOverLongFieldsAreExplained() {
        SoldierEditor ed = openNewSoldier();
        _setValue(ed.familyName, "x".repeat(81));
        _click(ed.save);
        assertEquals("Required.", ed.serviceNumber.getErrorMessage());
        assertEquals("At most 80 characters.", ed.familyName.getErrorMessage());
        assertTrue(ed.unit.isInvalid());
        assertEquals(0, p.soldiers.rows.size());
    }
}
