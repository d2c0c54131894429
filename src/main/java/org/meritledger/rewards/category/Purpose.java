package org.meritledger.rewards.category;

/** Whether a category is offered when awarding or when deducting. */
public enum Purpose {
    AWARD,
    DEDUCTION
}
