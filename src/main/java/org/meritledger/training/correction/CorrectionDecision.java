package org.meritledger.training.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A second person's decision on a correction that changes a tier (or pass/fail): approved, so it
 * takes effect, or rejected with a reason. One per correction (unique key), written once.
 */
@Entity
@Immutable
@Table(name = "training_correction_decision")
public class CorrectionDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "correction_id", nullable = false)
    private Long correctionId;

    @Column(nullable = false)
    private boolean approved;

    @Column(length = 500)
    private String reason;

    @Column(name = "decided_by", nullable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CorrectionDecision() {}

    CorrectionDecision(long correctionId, boolean approved, String reason, long decidedBy, Instant decidedAt) {
        this.correctionId = correctionId;
        this.approved = approved;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public Long getCorrectionId() {
        return correctionId;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
