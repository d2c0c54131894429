package org.meritledger.rewards.rules.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.rewards.rules.InMemoryRules;
import org.meritledger.rewards.rules.RuleDraft;
import org.meritledger.rewards.rules.RuleRow;
import org.meritledger.rewards.rules.replay.Condition;

/** The Award rules page over the in-memory rule service. */
class AwardRulesViewTest {

    InMemoryRules r;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        r = new InMemoryRules();
        r.p.admin();
        r.service.create(new RuleDraft(
                "Rifle qualification at Expert",
                "rifle-qualification",
                Condition.TIER_AT_LEAST,
                "EXPERT",
                null,
                "10",
                null,
                null,
                null));
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    @Test
    void theListShowsWhatEachRuleDoesAndHowOftenItFired() {
        AwardRulesView view = new AwardRulesView(r.service, true);
        UI.getCurrent().add(view);
        assertEquals(1, _size(view.grid));
        RuleRow row = _get(view.grid, 0);
        assertEquals(3, row.fired());
        assertEquals("rifle-qualification: tier Expert or better", view.describe(row));
    }

    @Test
    void anAdministratorCreatesARuleAndBadInputIsShownOnTheField() {
        AwardRulesView view = new AwardRulesView(r.service, true);
        UI.getCurrent().add(view);
        _click(view.add);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Three fitness passes");
        @SuppressWarnings("unchecked")
        ComboBox<String> standard = _get(ComboBox.class, spec -> spec.withLabel("Training standard"));
        standard.setValue("physical-fitness");
        @SuppressWarnings("unchecked")
        ComboBox<Condition> condition = _get(ComboBox.class, spec -> spec.withLabel("Condition"));
        condition.setValue(Condition.CONSECUTIVE_PASSES);
        TextField count = _get(TextField.class, spec -> spec.withLabel("Passes in a row"));
        TextField amount = _get(TextField.class, spec -> spec.withLabel("Tokens"));
        _setValue(count, "1");
        _setValue(amount, "0");
        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        assertTrue(count.isInvalid());
        assertEquals("Enter a whole number from 2 to 20.", count.getErrorMessage());
        assertTrue(amount.isInvalid());
        assertEquals("At least 1 token.", amount.getErrorMessage());
        assertEquals(1, r.versions.rows.size(), "nothing written");
        _setValue(count, "3");
        _setValue(amount, "15");
        _click(_get(Button.class, spec -> spec.withId("save-rule")));
        assertEquals(2, r.versions.rows.size());
        assertEquals(2, _size(view.grid));
    }

    @Test
    void aRevisionAndARetirementAreNewVersionsInTheHistory() {
        long rule = r.versions.rows.get(0).getRuleId();
        r.service.revise(
                rule,
                new RuleDraft(
                        "Rifle qualification at Expert",
                        "rifle-qualification",
                        Condition.TIER_AT_LEAST,
                        "EXPERT",
                        null,
                        "12",
                        null,
                        null,
                        null));
        r.service.retire(rule);
        assertEquals(3, r.service.history(rule).size());
        assertFalse(r.service.list().get(0).active());
        assertEquals(
                3,
                r.p.recorded.stream()
                        .filter(x -> x.type().equals("rewards.rule.version"))
                        .count());
        AwardRulesView view = new AwardRulesView(r.service, true);
        UI.getCurrent().add(view);
        view.history(_get(view.grid, 0));
        assertEquals(
                3,
                _size(_get(com.vaadin.flow.component.dialog.Dialog.class)
                        .getChildren()
                        .filter(c -> c instanceof com.vaadin.flow.component.grid.Grid)
                        .map(c -> (com.vaadin.flow.component.grid.Grid<?>) c)
                        .findFirst()
                        .orElseThrow()));
    }

    @Test
    void auditorsReadOnlyAndCommandersNotAtAll() {
        r.p.auditor();
        AwardRulesView view = new AwardRulesView(r.service, false);
        UI.getCurrent().add(view);
        assertEquals(1, _size(view.grid));
        assertFalse(view.add.isVisible());
        RuleDraft d = new RuleDraft("x", "rifle-qualification", Condition.PASS, null, null, "5", null, null, null);
        assertThrows(AccessDeniedException.class, () -> r.service.create(d));
        r.p.callers.as(new org.meritledger.security.Caller(
                30, "a1.ldr", java.util.Set.of(org.meritledger.security.Role.COMMANDER), null, java.util.Set.of()));
        assertThrows(AccessDeniedException.class, () -> r.service.list());
    }
}
