package org.meritledger.rewards.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Allowance an administrator added to one commander for one period, with a reason. Append-only. */
@Entity
@Table(name = "reward_budget_topup")
public class TopUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 7)
    private String period;

    @Column(nullable = false)
    private long amount;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected TopUp() {}

    public TopUp(long accountId, String period, long amount, String reason, long recordedBy, Instant recordedAt) {
        this.accountId = accountId;
        this.period = period;
        this.amount = amount;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPeriod() {
        return period;
    }

    public long getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
