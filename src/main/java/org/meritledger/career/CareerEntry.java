package org.meritledger.career;

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
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * A career event as stored: who it is about, its kind and dates, its own fields as canonical
 * JSON, and who recorded it when. Written once, never updated (no setters, no version column).
 */
@Entity
@Table(name = "career_event")
public class CareerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private CareerKind kind;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(nullable = false, length = 4000)
    private String details;

    @Column(name = "refers_to")
    private Long refersTo;

    @Column(name = "recorded_by", nullable = false)
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CareerEntry() {}

    /** {@code recordedAt} is kept to the second: it is part of the ledger state and must read back identically. */
    public CareerEntry(long soldierId, CareerEvent event, long recordedBy, Instant recordedAt) {
        this.soldierId = soldierId;
        this.kind = event.kind();
        this.effectiveOn = event.effectiveOn();
        this.endsOn = event.endsOn();
        this.details = Jcs.canonicalize(event.details());
        this.refersTo = event instanceof CareerEvent.Withdrawal w ? w.withdrawnId() : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public CareerEvent event() {
        return CareerEvent.of(kind, effectiveOn, endsOn, refersTo, (Map<?, ?>) JsonParser.parse(details));
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public CareerKind getKind() {
        return kind;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getDetails() {
        return details;
    }

    public Long getRefersTo() {
        return refersTo;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
