package org.meritledger.rewards.redemption;

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
 * One state a request reached: step 1 when it was made, one more per change. Written once with
 * its ledger entry (whose sequence number it keeps), never updated. {@code movementId} is the
 * HOLD at step 1 and the RELEASE of a decline or cancel.
 */
@Entity
@Table(name = "redemption_step")
public class RedemptionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(nullable = false)
    private int step;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private RequestState state;

    @Column(length = 500)
    private String reason;

    @Column(name = "movement_id")
    private Long movementId;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "ledger_seq", nullable = false)
    private long ledgerSeq;

    protected RedemptionStep() {}

    public RedemptionStep(
            long requestId,
            int step,
            RequestState state,
            String reason,
            Long movementId,
            Long changedBy,
            Instant changedAt,
            long ledgerSeq) {
        this.requestId = requestId;
        this.step = step;
        this.state = state;
        this.reason = reason;
        this.movementId = movementId;
        this.changedBy = changedBy;
        this.changedAt = changedAt.truncatedTo(ChronoUnit.SECONDS);
        this.ledgerSeq = ledgerSeq;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getStep() {
        return step;
    }

    public RequestState getState() {
        return state;
    }

    public String getReason() {
        return reason;
    }

    public Long getMovementId() {
        return movementId;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getLedgerSeq() {
        return ledgerSeq;
    }
}
