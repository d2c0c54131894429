package org.meritledger.training.correction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Tier;

/**
 * A stored correction of a signed-off result: the new values and the grade they get, why, and
 * who. It points at the original result, which stays as it was signed. Written once, never
 * updated ({@link Immutable}; on PostgreSQL also by trigger): approval or rejection is a separate
 * {@link CorrectionDecision} row.
 */
@Entity
@Immutable
@Table(name = "training_correction")
public class TrainingCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "result_id", nullable = false)
    private Long resultId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Attendance attendance;

    @Column(name = "raw_values", nullable = false, length = 4000)
    private String rawValues;

    private Boolean passed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private Tier tier;

    @Column(name = "total_points")
    private Integer totalPoints;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingCorrection() {}

    TrainingCorrection(
            long resultId,
            ResultValues values,
            boolean needsApproval,
            String reason,
            long authorId,
            Instant createdAt) {
        this.resultId = resultId;
        this.attendance = values.attendance();
        this.rawValues =
                Jcs.canonicalize(values.attendance() == Attendance.PRESENT ? Map.copyOf(values.raw()) : Map.of());
        this.passed = values.passed();
        this.tier = values.tier();
        this.totalPoints = values.totalPoints();
        this.needsApproval = needsApproval;
        this.reason = reason;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    @SuppressWarnings("unchecked")
    public ResultValues values() {
        return new ResultValues(
                attendance, (Map<String, String>) (Map<?, ?>) JsonParser.parse(rawValues), passed, tier, totalPoints);
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getRawValues() {
        return rawValues;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public String getReason() {
        return reason;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
