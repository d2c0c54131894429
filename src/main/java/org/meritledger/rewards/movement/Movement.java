package org.meritledger.rewards.movement;

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
 * One change to a soldier's token balance, as stored. Written once with its ledger entry and
 * never updated or deleted (no setters; PostgreSQL rejects updates by trigger): a mistake is put
 * right by a further movement, a REVERSAL naming this one. {@code amount} is the signed change.
 */
@Entity
@Table(name = "reward_movement")
public class Movement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MovementKind kind;

    @Column(nullable = false)
    private long amount;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(length = 500)
    private String reason;

    @Column(name = "reverses_id")
    private Long reversesId;

    @Column(length = 120)
    private String reference;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Movement() {}

    /** {@code recordedAt} is kept to the second: it is part of the ledger state and must read back identically. */
    public Movement(
            long soldierId,
            MovementKind kind,
            long amount,
            Long categoryId,
            String reason,
            Long reversesId,
            String reference,
            Long recordedBy,
            Instant recordedAt) {
        this.soldierId = soldierId;
        this.kind = kind;
        this.amount = amount;
        this.categoryId = categoryId;
        this.reason = reason;
        this.reversesId = reversesId;
        this.reference = reference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * For a repository that inserts rows itself (one JDBC batch instead of one insert per row):
     * the id the database gave the row. Set once; rows stay unchangeable after that.
     */
    public void stored(long id) {
        if (this.id != null) {
            throw new IllegalStateException("movement " + this.id + " is stored already");
        }
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public MovementKind getKind() {
        return kind;
    }

    public long getAmount() {
        return amount;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public String getReason() {
        return reason;
    }

    public Long getReversesId() {
        return reversesId;
    }

    public String getReference() {
        return reference;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
