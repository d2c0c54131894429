package org.meritledger.training.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A training session: a range day, a fitness test, a drill. It is graded under the standard
 * version it was opened with, for the soldiers of one unit (and the units below it). Editable as
 * a draft; signed off once, after which its results change only by correction.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    /** Where the session takes place; checked by the service, sizes the field of the new-session form. */
    public static final org.meritledger.base.TextRule PLACE = org.meritledger.base.TextRule.upTo(120);

    public static final org.meritledger.base.TextRule CONDUCTING_OFFICER = org.meritledger.base.TextRule.upTo(120);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "standard_id", nullable = false)
    private Long standardId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = 120)
    private String place;

    @Column(name = "conducting_officer", nullable = false, length = 120)
    private String conductingOfficer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SessionState state = SessionState.DRAFT;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "signed_off_by")
    private Long signedOffBy;

    @Column(name = "signed_off_at")
    private Instant signedOffAt;

    @Version
    private long version;

    protected TrainingSession() {}

    public TrainingSession(
            long standardId, long unitId, Instant startsAt, String place, String conductingOfficer, long createdBy) {
        this.standardId = standardId;
        this.unitId = unitId;
        this.startsAt = startsAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS); // as the column keeps it
        this.place = place;
        this.conductingOfficer = conductingOfficer;
        this.createdBy = createdBy;
    }

    void signOff(long accountId, Instant at) {
        this.state = SessionState.SIGNED_OFF;
        this.signedOffBy = accountId;
        // microseconds, as the column keeps them, so the ledger's state equals the row's
        this.signedOffAt = at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public Long getStandardId() {
        return standardId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getConductingOfficer() {
        return conductingOfficer;
    }

    public SessionState getState() {
        return state;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Long getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }
}
