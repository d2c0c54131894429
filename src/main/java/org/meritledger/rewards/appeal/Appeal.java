package org.meritledger.rewards.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A soldier's appeal of one deduction (the database allows one per deduction). Filed once,
 * decided once; both states are ledger entries (the version is counted by hand, see Category).
 */
@Entity
@Table(name = "reward_appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "movement_id", nullable = false)
    private Long movementId;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private AppealState state;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    @Column(name = "reversal_id")
    private Long reversalId;

    @Column(nullable = false)
    private long version;

    protected Appeal() {}

    public Appeal(long movementId, long soldierId, String text, Instant filedAt) {
        this.movementId = movementId;
        this.soldierId = soldierId;
        this.text = text;
        this.filedAt = filedAt.truncatedTo(ChronoUnit.SECONDS);
        this.state = AppealState.PENDING;
        this.version = 1;
    }

    void decide(AppealState outcome, long by, Instant at, String reason, Long reversal) {
        this.state = outcome;
        this.decidedBy = by;
        this.decidedAt = at.truncatedTo(ChronoUnit.SECONDS);
        this.decisionReason = reason;
        this.reversalId = reversal;
        this.version++;
    }

    public Long getId() {
        return id;
    }

    public Long getMovementId() {
        return movementId;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public String getText() {
        return text;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public AppealState getState() {
        return state;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Long getReversalId() {
        return reversalId;
    }

    public long getVersion() {
        return version;
    }
}
