package org.meritledger.rewards.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One commander's own monthly allowance; null once removed (the row stays, as the ledger's last state). */
@Entity
@Table(name = "reward_budget_override")
public class BudgetOverride {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    private Long allowance;

    @Column(nullable = false)
    private long version;

    protected BudgetOverride() {}

    public BudgetOverride(long accountId, Long allowance) {
        this.accountId = accountId;
        this.allowance = allowance;
        this.version = 1;
    }

    void change(Long newAllowance) {
        this.allowance = newAllowance;
        this.version++;
    }

    public long getAccountId() {
        return accountId;
    }

    public Long getAllowance() {
        return allowance;
    }

    public long getVersion() {
        return version;
    }
}
