package org.meritledger.rewards.budget;

/** A commander with their budget this period, for the Budgets page. */
public record OverrideRow(
        long accountId, String username, String displayName, Long ownAllowance, BudgetFigures figures) {}
