package org.meritledger.rewards.rules;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.rewards.rules.replay.RuleTerms;

/**
 * One version of an award rule as stored: written once with its ledger entry, never updated
 * (no setters; PostgreSQL rejects updates by trigger). A revision or retirement is a new version.
 */
@Entity
@Table(name = "reward_rule_version")
public class RuleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false)
    private long ruleId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "standard_code", nullable = false, length = 40)
    private String standardCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "condition_kind", nullable = false, length = 24)
    private Condition condition;

    @Column(length = 16)
    private String tier;

    @Column(name = "pass_count", nullable = false)
    private int count;

    @Column(nullable = false)
    private long amount;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RuleVersion() {}

    /** {@code createdAt} is kept to the second: it is part of the ledger state and must read back identically. */
    public RuleVersion(RuleTerms t, Long createdBy, Instant createdAt) {
        this.ruleId = t.ruleId();
        this.version = t.version();
        this.name = t.name();
        this.standardCode = t.standardCode();
        this.condition = t.condition();
        this.tier = t.tier();
        this.count = t.count();
        this.amount = t.amount();
        this.validFrom = t.validFrom();
        this.validTo = t.validTo();
        this.unitId = t.unitId();
        this.active = t.active();
        this.createdBy = createdBy;
        this.createdAt = createdAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public RuleTerms terms() {
        return new RuleTerms(
                ruleId,
                version,
                name,
                standardCode,
                condition,
                tier,
                count,
                amount,
                validFrom,
                validTo,
                unitId,
                active);
    }

    public Long getId() {
        return id;
    }

    public long getRuleId() {
        return ruleId;
    }

    public int getVersion() {
        return version;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
