package org.meritledger.rewards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.budget.BudgetFigures;
import org.meritledger.rewards.category.CategoryRow;
import org.meritledger.rewards.movement.Amounts;

/**
 * Award or Deduct for the soldiers chosen on the roster: amount, category, reason. For an award
 * the budget line says, as the amount is typed, what would remain (or that it is not enough);
 * the service checks again under its lock when the award is made.
 */
public class MovementDialog extends Dialog {

    final TextField amount = new TextField();
    final ComboBox<CategoryRow> category = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Paragraph budgetLine = new Paragraph();
    final Button confirm;
    private final boolean award;
    private final int count;
    private final BudgetFigures budget;
    private final int max;

    /**
     * @param budget the commander's budget (awards), or null for a deduction
     */
    public MovementDialog(
            AwardService awards,
            boolean award,
            List<Long> soldierIds,
            List<CategoryRow> categories,
            BudgetFigures budget,
            Runnable done) {
        this.award = award;
        this.count = soldierIds.size();
        this.budget = budget;
        this.max = awards.maxAmount();
        setHeaderTitle(getTranslation(award ? "rewards.dialog.awardTitle" : "rewards.dialog.deductTitle", count));
        amount.setId("token-amount");
        amount.setLabel(getTranslation("rewards.dialog.amount", max));
        amount.setValueChangeMode(ValueChangeMode.EAGER);
        amount.addValueChangeListener(e -> updateBudgetLine());
        category.setId("token-category");
        category.setLabel(getTranslation("rewards.dialog.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(getLocale()));
        reason.setId("token-reason");
        reason.setLabel(getTranslation("rewards.dialog.reason"));
        reason.setMaxLength(AwardService.MAX_REASON);
        reason.setWidthFull();
        budgetLine.setId("token-budget");
        updateBudgetLine();
        confirm = new Button(getTranslation(award ? "rewards.give.award" : "rewards.give.deduct"), e -> {
            MovementDraft d = new MovementDraft(
                    soldierIds,
                    amount.getValue(),
                    category.getValue() == null ? null : category.getValue().id(),
                    reason.getValue());
            boolean ok =
                    Problems.attempt(this, Map.of("amount", amount, "categoryId", category, "reason", reason), () -> {
                        if (award) {
                            awards.award(d);
                        } else {
                            awards.deduct(d);
                        }
                    });
            if (ok) {
                Notification.show(getTranslation(award ? "rewards.give.doneAward" : "rewards.give.doneDeduct", count));
                close();
                done.run();
            }
        });
        confirm.setId("token-confirm");
        confirm.addThemeVariants(award ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        add(amount, category, reason, budgetLine);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }

    void updateBudgetLine() {
        if (!award || budget == null) {
            budgetLine.setText(getTranslation("rewards.dialog.noBudget"));
            return;
        }
        Amounts.Parsed p = Amounts.parse(amount.getValue(), max);
        if (!p.ok()) {
            budgetLine.setText(getTranslation(
                    "rewards.dialog.remaining", budget.remaining(), budget.allowance() + budget.toppedUp()));
            return;
        }
        long needed = p.value() * count;
        budgetLine.setText(
                needed > budget.remaining()
                        ? getTranslation("rewards.dialog.over", needed, budget.remaining())
                        : getTranslation("rewards.dialog.after", budget.remaining() - needed));
    }
}
