package org.meritledger.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit in the organisation: battalion, company, platoon or any deeper level. Units form a tree
 * through {@code parentId}; the tree is small (hundreds of units, not thousands), so scope
 * questions ("which units lie under this one?") are answered in memory by {@link UnitTree}.
 * A unit is deactivated, never deleted, because records will keep pointing at it.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(String code, String name, Long parentId) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    void rename(String newCode, String newName) {
        this.code = newCode;
        this.name = newName;
    }

    void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** For in-memory repositories in tests; JPA assigns ids itself. */
    void assignId(long newId) {
        this.id = newId;
    }
}
