package org.meritledger.training.standard.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.standard.InMemoryStandardVersions;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.StandardAdminService;
import org.meritledger.training.standard.StandardVersionRow;

class StandardsViewTest {

    InMemoryTraining t;
    StandardAdminService service;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        t = new InMemoryTraining();
        t.catalog.seedShipped();
        t.recorded.clear();
        service = new InMemoryStandardVersions(t).service();
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    @Test
    void anAdministratorRevisesRifleTiersAndSeesTheNewVersionInTheHistory() {
        t.p.admin();
        StandardsView view = new StandardsView(service);
        UI.getCurrent().add(view);
        assertEquals(3, _size(view.standards));
        _click(revise(view, "rifle-qualification"));
        StandardEditor editor = _get(StandardEditor.class);
        IntegerField expert = _get(IntegerField.class, spec -> spec.withId("standard-expertMin"));
        assertEquals(36, expert.getValue());

        // overlapping tiers: refused next to the field, nothing stored, the editor stays open
        _setValue(expert, 30);
        _click(editor.save);
        IntegerField sharpshooter = _get(IntegerField.class, spec -> spec.withId("standard-sharpshooterMin"));
        assertTrue(sharpshooter.isInvalid());
        assertEquals(
                "Tier minimums must rise strictly (Marksman < Sharpshooter < Expert).", sharpshooter.getErrorMessage());
        assertTrue(t.recorded.isEmpty());
        assertTrue(editor.isOpened());

        // a valid draft without a reason: refused on the reason field, nothing stored
        _setValue(expert, 38);
        _click(editor.save);
        com.vaadin.flow.component.textfield.TextArea reason =
                _get(com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("standard-reason"));
        assertTrue(reason.isInvalid());
        assertEquals(
                "Give the reason for this revision; it is recorded on the ledger with the new version.",
                reason.getErrorMessage());
        assertEquals(500, reason.getMaxLength(), "the field takes what the rule allows");
        assertTrue(t.recorded.isEmpty());

        _setValue(reason, "Expert needs 38 hits from 2027");
        _click(editor.save);
        assertEquals(
                1,
                t.recorded.stream()
                        .filter(r -> r.type().equals("training.standard.version"))
                        .count());
        assertTrue(_find(StandardEditor.class).isEmpty(), "closed after saving");

        _click(revise(view, "rifle-qualification"));
        assertEquals(
                38,
                _get(IntegerField.class, spec -> spec.withId("standard-expertMin"))
                        .getValue(),
                "the editor starts from the new current version");
        _get(StandardEditor.class).close();

        view.standards.select(view.standards
                .getListDataView()
                .getItems()
                .filter(r -> r.code().equals("rifle-qualification"))
                .findFirst()
                .orElseThrow());
        assertEquals(2, _size(view.history));
        StandardVersionRow newest = _get(view.history, 0);
        assertEquals(2, newest.version());
        assertEquals("Expert from (hits): 36 \u2192 38", view.changes(newest));
        assertEquals("First version", view.changes(_get(view.history, 1)));
        assertEquals("Expert needs 38 hits from 2027", newest.reason());
        assertTrue(t.recorded.stream()
                .filter(r -> r.type().equals("training.standard.version"))
                .anyMatch(r -> r.payload().contains("\"reason\":\"Expert needs 38 hits from 2027\"")));
        assertEquals(new MarksmanshipStandard(40, 38, 30, 23), service.currentRules("rifle-qualification"));
    }

    /** The "Revise" button in the standard's row. */
    private static Button revise(StandardsView view, String code) {
        for (int i = 0; i < _size(view.standards); i++) {
            if (_get(view.standards, i).code().equals(code)) {
                return (Button)
                        com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.standards, i, "revise");
            }
        }
        throw new AssertionError("no row for " + code);
    }

    @Test
    void savingAnUnchangedStandardIsRefused() {
        t.p.admin();
        StandardsView view = new StandardsView(service);
        UI.getCurrent().add(view);
        _click(revise(view, "tactical-drill"));
        _click(_get(StandardEditor.class).save);
        assertTrue(t.recorded.isEmpty());
        assertTrue(_get(StandardEditor.class).isOpened());
    }

    @Test
    void onlyAdministratorsRevise() {
        t.p.commanderOf(t.p.aCoy, null);
        assertThrows(AccessDeniedException.class, () -> new StandardsView(service));
        t.p.auditor();
        assertEquals(3, service.current().size());
        assertThrows(
                AccessDeniedException.class,
                () -> service.revise(
                        "tactical-drill",
                        new org.meritledger.training.standard.StandardDraft(
                                null, null, null, null, null, null, null, 400),
                        "Longer remarks"));
    }
}
