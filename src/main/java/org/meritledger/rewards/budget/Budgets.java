package org.meritledger.rewards.budget;

import java.util.List;
import java.util.Optional;

/** Stored budget settings and top-ups. */
public interface Budgets {
    List<BudgetLevel> levels();

    Optional<BudgetLevel> level(int depth);

    BudgetLevel addLevel(BudgetLevel l);

    List<BudgetOverride> overrides();

    Optional<BudgetOverride> override(long accountId);

    BudgetOverride addOverride(BudgetOverride o);

    TopUp addTopUp(TopUp t);

    /** Sum of the commander's top-ups for the period. */
    long toppedUp(long accountId, String period);

    /** Top-ups of a period, newest first. */
    List<TopUp> topUps(String period, int limit);

    /** Locks the commander's account row until the transaction ends: awards from one budget queue here. */
    void lockCommander(long accountId);
}
