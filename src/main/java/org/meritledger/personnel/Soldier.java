package org.meritledger.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A soldier of the battalion. The service number identifies them for life and is unique; name,
 * rank, unit and status change over a career. Soldiers are never deleted: a discharged soldier's
 * training record and tokens must stay readable.
 */
@Entity
@Table(name = "soldier")
public class Soldier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_number", nullable = false, length = 20)
    private String serviceNumber;

    @Column(name = "family_name", nullable = false, length = 80)
    private String familyName;

    @Column(name = "given_name", nullable = false, length = 80)
    private String givenName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rank_code", nullable = false, length = 8)
    private Rank rank;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SoldierStatus status = SoldierStatus.ACTIVE;

    /** Lower-cased service number and names; lets search use one plain LIKE on any database. */
    @Column(name = "search_text", nullable = false, length = 200)
    private String searchText;

    @Version
    private long version;

    protected Soldier() {}

    public Soldier(String serviceNumber, String familyName, String givenName, Rank rank, Long unitId) {
        this.serviceNumber = serviceNumber;
        this.familyName = familyName;
        this.givenName = givenName;
        this.rank = rank;
        this.unitId = unitId;
        refreshSearchText();
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = searchTextOf(serviceNumber, familyName, givenName);
    }

    static String searchTextOf(String serviceNumber, String familyName, String givenName) {
        return (serviceNumber + " " + familyName + " " + givenName).toLowerCase(Locale.ROOT);
    }

    void update(
            String newServiceNumber,
            String newFamilyName,
            String newGivenName,
            Rank newRank,
            Long newUnitId,
            SoldierStatus newStatus) {
        this.serviceNumber = newServiceNumber;
        this.familyName = newFamilyName;
        this.givenName = newGivenName;
        this.rank = newRank;
        this.unitId = newUnitId;
        this.status = newStatus;
        refreshSearchText();
    }

    void assignId(long newId) {
        this.id = newId;
    }

    public Long getId() {
        return id;
    }

    public String getServiceNumber() {
        return serviceNumber;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public Rank getRank() {
        return rank;
    }

    public Long getUnitId() {
        return unitId;
    }

    public SoldierStatus getStatus() {
        return status;
    }

    public String getSearchText() {
        return searchText;
    }

    public long getVersion() {
        return version;
    }
}
