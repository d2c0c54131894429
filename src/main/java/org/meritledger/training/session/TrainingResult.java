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
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.Tier;

/**
 * One participant's line of a session: attendance, the raw values as typed (canonical JSON),
 * and the grade they got. A draft until its session is signed off; then {@code signed} and
 * recorded on the ledger, and never edited again.
 */
@Entity
@Table(name = "training_result")
public class TrainingResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Attendance attendance = Attendance.PRESENT;

    @Column(name = "raw_values", nullable = false, length = 4000)
    private String rawValues = "{}";

    private Boolean passed;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private Tier tier;

    @Column(name = "total_points")
    private Integer totalPoints;

    @Column(nullable = false)
    private boolean signed;

    /** The ledger entry that recorded this result at sign-off (null while a draft). */
    @Column(name = "ledger_seq")
    private Long ledgerSeq;

    /** The device submission that filled this draft line in, if a range device did (shown as device-signed). */
    @Column(name = "device_submission_id")
    private Long deviceSubmissionId;

    @Version
    private long version;

    protected TrainingResult() {}

    public TrainingResult(long sessionId, long soldierId) {
        this.sessionId = sessionId;
        this.soldierId = soldierId;
    }

    /** Stores what was typed and the grade it got; an invalid grade stores no outcome. */
    void record(Attendance newAttendance, Map<String, String> raw, Grade grade) {
        if (signed) {
            throw new TrainingRuleException("training.session.signedOff");
        }
        this.attendance = newAttendance;
        this.rawValues = Jcs.canonicalize(newAttendance == Attendance.PRESENT ? Map.copyOf(raw) : Map.of());
        boolean graded = newAttendance == Attendance.PRESENT && grade != null && grade.valid();
        this.passed = graded ? grade.passed() : null;
        this.tier = graded ? grade.tier() : null;
        this.totalPoints = graded ? grade.totalPoints() : null;
    }

    void filledByDevice(long submissionId) {
        this.deviceSubmissionId = submissionId;
    }

    /** Typed by hand after a device filled it in: the line is no longer the device's. */
    void typedByHand() {
        this.deviceSubmissionId = null;
    }

    void sign() {
        this.signed = true;
    }

    void recordedAt(long seq) {
        this.ledgerSeq = seq;
    }

    @SuppressWarnings("unchecked")
    /** This result's values as signed (a correction in effect may replace them, see corrections). */
    public ResultValues values() {
        return new ResultValues(getAttendance(), raw(), getPassed(), getTier(), getTotalPoints());
    }

    public Map<String, String> raw() {
        return (Map<String, String>) (Map<?, ?>) JsonParser.parse(rawValues);
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public String getRawValues() {
        return rawValues;
    }

    public Boolean getPassed() {
        return passed;
    }

    public Tier getTier() {
        return tier;
    }

    public Integer getTotalPoints() {
        return totalPoints;
    }

    public boolean isSigned() {
        return signed;
    }

    public Long getDeviceSubmissionId() {
        return deviceSubmissionId;
    }

    public Long getLedgerSeq() {
        return ledgerSeq;
    }
}
