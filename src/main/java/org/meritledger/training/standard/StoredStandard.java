package org.meritledger.training.standard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a standard as stored: its code, number and rules as canonical JSON
 * ({@link StandardCodec}). Immutable once written; a revision stores the next version.
 */
@Entity
@Table(name = "training_standard")
public class StoredStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TrainingKind kind;

    @Column(nullable = false, length = 20000)
    private String definition;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Why an administrator made this version; null for a shipped version. */
    @Column(length = 500)
    private String reason;

    protected StoredStandard() {}

    public StoredStandard(String code, int version, Standard standard, Instant createdAt) {
        this(code, version, standard, createdAt, null);
    }

    public StoredStandard(String code, int version, Standard standard, Instant createdAt, String reason) {
        this.code = code;
        this.version = version;
        this.kind = standard.kind();
        this.definition = StandardCodec.toJson(standard);
        this.createdAt = createdAt;
        this.reason = reason;
    }

    /** The longest reason a revision may give (the column and the form field both). */
    public static final org.meritledger.base.TextRule REASON = org.meritledger.base.TextRule.upTo(500);

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public String getDefinition() {
        return definition;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getReason() {
        return reason;
    }

    public Standard standard() {
        return StandardCodec.fromJson(definition);
    }

    void assignId(long newId) {
        this.id = newId;
    }
}
