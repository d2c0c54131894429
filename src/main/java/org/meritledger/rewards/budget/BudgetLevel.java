package org.meritledger.rewards.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The monthly allowance of a commander whose highest commanded unit is at this depth (0 = top). */
@Entity
@Table(name = "reward_budget_level")
public class BudgetLevel {

    @Id
    private Integer depth;

    @Column(nullable = false)
    private long allowance;

    @Column(nullable = false)
    private long version;

    protected BudgetLevel() {}

    public BudgetLevel(int depth, long allowance) {
        this.depth = depth;
        this.allowance = allowance;
        this.version = 1;
    }

    void change(long newAllowance) {
        this.allowance = newAllowance;
        this.version++;
    }

    public int getDepth() {
        return depth;
    }

    public long getAllowance() {
        return allowance;
    }

    public long getVersion() {
        return version;
    }
}
