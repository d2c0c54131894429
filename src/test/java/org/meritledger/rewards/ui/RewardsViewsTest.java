package org.meritledger.rewards.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.personnel.Soldier;
import org.meritledger.rewards.InMemoryRewards;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.category.Purpose;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.mytokens.TokenLine;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;

/** The rewards screens over in-memory services (clock: 2026-11-21). */
class RewardsViewsTest {

    InMemoryRewards r;
    Soldier able;
    Soldier baker;
    Caller platoon;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        r = new InMemoryRewards();
        able = r.p.soldier("MR-1", "Able", r.p.a1);
        baker = r.p.soldier("MR-2", "Baker", r.p.a1);
        r.p.admin();
        r.budgetService.setLevel(2, "50");
        platoon = new Caller(30, "a1.ldr", java.util.Set.of(Role.COMMANDER), null, java.util.Set.of(r.p.a1.getId()));
        r.awardService.award(
                platoon, new MovementDraft(List.of(able.getId()), "12", r.category("teamwork"), "Night march"));
        r.awardService.deduct(platoon, new MovementDraft(List.of(able.getId()), "5", r.category("negligence"), "Late"));
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    @Test
    void mySoldierSeesBalanceHistoryWithEntriesAndAppealsADeduction() {
        r.p.soldierCaller(able);
        MyTokensView view = new MyTokensView(r.tokens, r.appealService);
        UI.getCurrent().add(view);
        view.show();
        assertEquals("Balance: 7 tokens", view.balance.getText());
        assertEquals(2, _size(view.grid));
        TokenLine newest = _get(view.grid, 0);
        assertEquals(MovementKind.DEDUCTION, newest.kind());
        // the kind filter narrows the lazy grid
        _setValue(view.kind, MovementKind.AWARD);
        assertEquals(1, _size(view.grid));
        _setValue(view.kind, null);

        _click((Button) _getCellComponent(view.grid, 0, "appeal"));
        AppealDialog dialog = _get(AppealDialog.class);
        _click(dialog.submit);
        assertTrue(dialog.text.isInvalid(), "the text is required");
        assertTrue(r.appeals.pending(0, 10).isEmpty());
        _setValue(dialog.text, "I was on guard duty.");
        _click(dialog.submit);
        assertTrue(_find(AppealDialog.class).isEmpty());
        assertEquals(1, r.appeals.pending(0, 10).size());
        assertEquals("Appeal pending", ((Span) _getCellComponent(view.grid, 0, "appeal")).getText());
    }

    /**
     * A pending request's hold is a movement that has already taken its tokens, so the chart's
     * running sum is what was available; the balance above counts the held tokens too. The chart
     * says available, and its latest point is the available figure, not a second "balance".
     */
    @Test
    void theChartOfAHeldRequestShowsWhatIsAvailableNotASecondBalance() {
        r.writer.write(new org.meritledger.rewards.movement.NewMovement(
                able.getId(), MovementKind.HOLD, 4, null, "Unit coin", null, "request:1", null));
        r.holds.add(soldierId -> soldierId == able.getId() ? 4 : 0);
        r.p.soldierCaller(able);
        MyTokensView view = new MyTokensView(r.tokens, r.appealService);
        UI.getCurrent().add(view);
        view.show();
        assertEquals("Balance: 7 tokens", view.balance.getText());
        assertEquals("Held for pending requests: 4 tokens · Available: 3 tokens", view.heldAndAvailable.getText());
        assertEquals("Available", view.chart.spec().datasets().get(0).label());
        assertTrue(
                view.chart.description().startsWith("Tokens available at the end of each day with movements"),
                view.chart.description());
        assertTrue(view.chart.description().endsWith("; latest 3 available."), view.chart.description());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        view.show();
        assertEquals("可用", view.chart.spec().datasets().get(0).label());
        assertTrue(view.chart.description().endsWith("最新可用 3。"), view.chart.description());
    }

    @Test
    void balancesReadInTheSingularAndBelowZero() {
        r.awardService.deduct(
                platoon, new MovementDraft(List.of(baker.getId()), "1", r.category("misconduct"), "Dirty rifle"));
        r.p.soldierCaller(baker);
        MyTokensView view = new MyTokensView(r.tokens, r.appealService);
        UI.getCurrent().add(view);
        view.show();
        assertEquals("Balance: -1 token", view.balance.getText());
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        view.show();
        assertEquals("余额: -1 个代币", view.balance.getText());
    }

    @Test
    void theAwardDialogShowsTheBudgetLiveAndRefusesBadAmountsOnTheField() {
        r.p.callers.as(platoon);
        List<CategoryRow> cats = r.categoryService.list(Purpose.AWARD, true);
        MovementDialog d = new MovementDialog(
                r.awardService, true, List.of(able.getId(), baker.getId()), cats, r.budgetService.mine(), () -> {});
        d.open();
        assertEquals("Budget this month: 38 tokens of 50 remaining.", d.budgetLine.getText());
        _setValue(d.amount, "10");
        assertEquals("After this award: 18 tokens remaining.", d.budgetLine.getText());
        _setValue(d.amount, "20");
        assertEquals("This award needs 40 tokens; only 38 remain.", d.budgetLine.getText());
        int before = r.movements.rows.size();
        _setValue(d.amount, "1.5");
        d.category.setValue(cats.get(0));
        _setValue(d.reason, "Range day");
        _click(d.confirm);
        assertTrue(d.amount.isInvalid());
        assertEquals("Tokens are whole numbers: no fractions.", d.amount.getErrorMessage());
        assertEquals(before, r.movements.rows.size(), "nothing written");
        _setValue(d.amount, "20");
        _click(d.confirm);
        assertEquals("Not enough budget left this month: only 38 tokens remain.", d.amount.getErrorMessage());
        _setValue(d.amount, "4");
        _click(d.confirm);
        assertFalse(d.isOpened());
        assertEquals(before + 2, r.movements.rows.size());
        assertEquals(30, r.budgetService.mine().remaining());
    }

    @Test
    void theDeductDialogSaysDeductionsUseNoBudget() {
        r.p.callers.as(platoon);
        MovementDialog d = new MovementDialog(
                r.awardService,
                false,
                List.of(baker.getId()),
                r.categoryService.list(Purpose.DEDUCTION, true),
                null,
                () -> {});
        assertEquals("Deductions do not use your budget and may take a balance below zero.", d.budgetLine.getText());
        assertEquals("Deduct tokens from one soldier", d.getHeaderTitle());
    }

    @Test
    void theAppealsQueueLetsACommanderAboveReverse() {
        r.p.soldierCaller(able);
        long movement = r.movements.rows.get(1).getId();
        r.appealService.file(movement, "I was on guard duty.");
        r.p.callers.as(
                new Caller(31, "a.cdr", java.util.Set.of(Role.COMMANDER), null, java.util.Set.of(r.p.aCoy.getId())));
        AppealsView view = new AppealsView(r.appealService);
        UI.getCurrent().add(view);
        assertEquals(1, _size(view.grid));
        var cell =
                (com.vaadin.flow.component.orderedlayout.HorizontalLayout) _getCellComponent(view.grid, 0, "decision");
        _click((Button) cell.getComponentAt(1));
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        _setValue(_get(dialog, TextArea.class), "Guard roster confirms it.");
        _click(_get(dialog, Button.class, spec -> spec.withText("Reverse")));
        assertEquals(AppealState.REVERSED, r.appeals.find(1).orElseThrow().getState());
        assertEquals(12, r.movements.balance(able.getId()));
        assertEquals(0, _size(view.grid), "no longer pending");
    }

    @Test
    void budgetsAndCategoriesAreReadOnlyForAuditors() {
        r.p.auditor();
        BudgetsView budgets = new BudgetsView(r.budgetService, false);
        UI.getCurrent().add(budgets);
        assertTrue(_size(budgets.levels) >= 3);
        CategoriesView categories = new CategoriesView(r.categoryService, false);
        UI.getCurrent().add(categories);
        assertEquals(6, _size(categories.grid));
        assertFalse(categories.add.isVisible());
    }

    @Test
    void anAdministratorAddsACategory() {
        r.p.admin();
        CategoriesView view = new CategoriesView(r.categoryService, true);
        UI.getCurrent().add(view);
        _click(view.add);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Code"))
                .setValue("Bad Code");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertEquals(6, r.categories.all().size(), "refused: bad code, names missing");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Code"))
                .setValue("marksmanship");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name (English)"))
                .setValue("Marksmanship");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Name (Chinese)"))
                .setValue("射击");
        @SuppressWarnings("unchecked")
        ComboBox<Purpose> purpose = _get(ComboBox.class, spec -> spec.withLabel("Used for"));
        purpose.setValue(Purpose.AWARD);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertEquals(7, _size(view.grid));
    }

    @Test
    void aCommanderPicksSeveralSoldiersFromTheRosterAndOpensTheAwardDialog() {
        r.p.callers.as(platoon);
        GiveTokensView view =
                new GiveTokensView(r.p.soldierService, r.awardService, r.budgetService, r.categoryService);
        UI.getCurrent().add(view);
        assertEquals(2, _size(view.grid));
        assertFalse(view.award.isEnabled());
        _setValue(view.search, "baker");
        assertEquals(1, _size(view.grid));
        _setValue(view.search, "");
        view.grid.select(_get(view.grid, 0));
        view.grid.select(_get(view.grid, 1));
        assertEquals("2 soldiers selected", view.selected.getText());
        _click(view.award);
        MovementDialog d = _get(MovementDialog.class);
        assertEquals("Award tokens to 2 soldiers", d.getHeaderTitle());
        assertEquals("Budget this month: 38 tokens of 50 remaining.", d.budgetLine.getText());
    }

    @Test
    void anAuditorSeesTheRosterButNoAwardOrDeductButtons() {
        r.p.auditor();
        GiveTokensView view =
                new GiveTokensView(r.p.soldierService, r.awardService, r.budgetService, r.categoryService);
        UI.getCurrent().add(view);
        assertEquals(2, _size(view.grid));
        assertFalse(view.award.isVisible());
        assertFalse(view.deduct.isVisible());
        assertTrue(view.history.isVisible());
    }
}
