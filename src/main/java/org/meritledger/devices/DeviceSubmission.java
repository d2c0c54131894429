package org.meritledger.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A result a device submitted and the portal accepted: the signed body exactly as verified, the
 * signature and key id, and where it went (session and line). Append-only; its ledger entry
 * carries the same, so the score can be checked against the device's key without the portal.
 */
@Entity
@Table(name = "device_submission")
public class DeviceSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(nullable = false, length = 64)
    private String nonce;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    @Column(name = "signed_body", nullable = false, length = 4000)
    private String signedBody;

    @Column(nullable = false, length = 128)
    private String signature;

    @Column(name = "soldier_id", nullable = false)
    private long soldierId;

    @Column(name = "training_type", nullable = false, length = 64)
    private String trainingType;

    @Column(name = "device_time", nullable = false)
    private Instant deviceTime;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "session_id", nullable = false)
    private long sessionId;

    @Column(name = "result_id", nullable = false)
    private long resultId;

    protected DeviceSubmission() {}

    public DeviceSubmission(
            long deviceId,
            String nonce,
            String keyId,
            String signedBody,
            String signature,
            long soldierId,
            String trainingType,
            Instant deviceTime,
            Instant receivedAt,
            long sessionId,
            long resultId) {
        this.deviceId = deviceId;
        this.nonce = nonce;
        this.keyId = keyId;
        this.signedBody = signedBody;
        this.signature = signature;
        this.soldierId = soldierId;
        this.trainingType = trainingType;
        this.deviceTime = deviceTime;
        this.receivedAt = receivedAt;
        this.sessionId = sessionId;
        this.resultId = resultId;
    }

    public Long getId() {
        return id;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getNonce() {
        return nonce;
    }

    public String getKeyId() {
        return keyId;
    }

    public String getSignedBody() {
        return signedBody;
    }

    public String getSignature() {
        return signature;
    }

    public long getSoldierId() {
        return soldierId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getResultId() {
        return resultId;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
