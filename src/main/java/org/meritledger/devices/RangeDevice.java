package org.meritledger.devices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A registered range device: where it stands (unit, range, lane), the key that signs its results
 * and the training types it may submit. Never edited; revoking is final (a replaced device is a
 * new registration with a new key).
 */
@Entity
@Table(name = "range_device")
public class RangeDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "range_name", nullable = false, length = 80)
    private String rangeName;

    @Column(nullable = false, length = 16)
    private String lane;

    @Column(name = "public_key", nullable = false, length = 64)
    private String publicKey;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    @Column(name = "training_types", nullable = false, length = 400)
    private String trainingTypes;

    @Column(name = "registered_by", nullable = false)
    private long registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RangeDevice() {}

    public RangeDevice(
            String name,
            long unitId,
            String rangeName,
            String lane,
            String publicKey,
            String keyId,
            List<String> trainingTypes,
            long registeredBy,
            Instant registeredAt) {
        this.name = name;
        this.unitId = unitId;
        this.rangeName = rangeName;
        this.lane = lane;
        this.publicKey = publicKey;
        this.keyId = keyId;
        this.trainingTypes =
                String.join(",", trainingTypes.stream().sorted().distinct().toList());
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    void revoke(Instant at) {
        this.revokedAt = at;
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean maySubmit(String trainingType) {
        return trainingTypes().contains(trainingType);
    }

    public List<String> trainingTypes() {
        return trainingTypes.isEmpty() ? List.of() : Arrays.asList(trainingTypes.split(","));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getRangeName() {
        return rangeName;
    }

    public String getLane() {
        return lane;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getKeyId() {
        return keyId;
    }

    public long getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
