package org.meritledger.rewards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.meritledger.personnel.Soldiers;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.award.MovementDraft;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.Budgets;
import org.meritledger.rewards.category.Categories;
import org.meritledger.security.AccountCallers;
import org.meritledger.security.Caller;

/**
 * Demo tokens for the demo battalion, through the real services so everything is on the ledger
 * and verifies: budgets per level, awards in both companies, deductions, one appeal pending and
 * one reversed. MR-100003 (login mr-100003) has awards, a deduction and its pending appeal.
 * Runs once: not when any budget level exists already.
 */
@ApplicationScoped
@Transactional
public class RewardsDemo {

    private static final Logger LOG = Logger.getLogger(RewardsDemo.class.getName());

    @Inject
    AccountCallers callers;

    @Inject
    BudgetService budgetService;

    @Inject
    Budgets budgets;

    @Inject
    AwardService awards;

    @Inject
    AppealService appeals;

    @Inject
    Categories categories;

    @Inject
    Soldiers soldiers;

    public void seedOnce() {
        if (!budgets.levels().isEmpty() || callers.activeCaller("a1.ldr").isEmpty()) {
            return;
        }
        Caller admin = as("admin");
        budgetService.setLevel(admin, 0, "1000");
        budgetService.setLevel(admin, 1, "500");
        budgetService.setLevel(admin, 2, "200");
        Caller a1 = as("a1.ldr");
        Caller alpha = as("a.cdr");
        Caller b1 = as("b1.ldr");
        awards.award(a1, draft(range(100003, 100008), "15", "training-excellence", "Top marks on the range day"));
        awards.award(a1, draft(range(100003, 100004), "10", "teamwork", "Carried the section through the night march"));
        awards.award(
                alpha, draft(range(100003, 100003), "20", "initiative", "Organised the company's first-aid refresher"));
        awards.award(b1, draft(range(100034, 100038), "12", "duty-performance", "Flawless guard week"));
        awards.deduct(a1, draft(range(100005, 100005), "5", "negligence", "Late for guard duty"));
        long pending = awards.deduct(
                        a1, draft(range(100003, 100003), "10", "misconduct", "Left the rifle unattended at the range"))
                .get(0)
                .id();
        long reversed = awards.deduct(
                        a1, draft(range(100004, 100004), "8", "negligence", "Missed the equipment inspection"))
                .get(0)
                .id();
        appeals.file(
                as("mr-100003"), pending, "The range officer had taken the rifles for inspection; I was told to wait.");
        long appeal = appeals.file(as("mr-100004"), reversed, "I was on approved leave that day; the roster shows it.");
        appeals.decide(
                alpha, appeal, AppealState.REVERSED, "Leave record confirms the soldier was absent with permission.");
        LOG.info("Demo mode: seeded budgets, awards, deductions and appeals (log in as mr-100003)");
    }

    private Caller as(String username) {
        return callers.activeCaller(username)
                .orElseThrow(() -> new IllegalStateException("no demo account " + username));
    }

    private MovementDraft draft(List<Long> soldierIds, String amount, String category, String reason) {
        return new MovementDraft(
                soldierIds,
                amount,
                categories.findByCode(category).orElseThrow().getId(),
                reason);
    }

    /** Soldier ids for the service numbers MR-from … MR-to. */
    private List<Long> range(int from, int to) {
        List<Long> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            out.add(soldiers.findByServiceNumber("MR-" + n).orElseThrow().getId());
        }
        return out;
    }
}
