package org.meritledger.rewards.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An award or deduction category. Never deleted (movements name it); retired instead. The
 * version is counted by hand, not by JPA, because it is part of the ledger payload written in
 * the same transaction, before any flush would have incremented it.
 */
@Entity
@Table(name = "reward_category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 80)
    private String nameZh;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private Purpose purpose;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private long version;

    protected Category() {}

    public Category(String code, String nameEn, String nameZh, Purpose purpose) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.purpose = purpose;
        this.active = true;
        this.version = 1;
    }

    void change(String newNameEn, String newNameZh, boolean newActive) {
        this.nameEn = newNameEn;
        this.nameZh = newNameZh;
        this.active = newActive;
        this.version++;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
