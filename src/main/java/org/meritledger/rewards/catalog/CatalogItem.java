package org.meritledger.rewards.catalog;

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
 * A catalog item as it is now. The row changes in place, but only through {@link #revise}, which
 * moves the revision on by one: the service writes that revision as a version row and a ledger
 * entry in the same transaction, so the history and the ledger hold every state the row had.
 * Items are retired, never deleted: requests will keep pointing at them.
 */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int revision;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "name_zh", nullable = false, length = 120)
    private String nameZh;

    @Column(name = "description_en", nullable = false, length = 1000)
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false, length = 1000)
    private String descriptionZh;

    @Column(name = "token_cost", nullable = false)
    private int tokenCost;

    private Integer stock;

    @Column(name = "limit_count")
    private Integer limitCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "limit_period", length = 8)
    private LimitPeriod limitPeriod;

    @Column(name = "visible_unit_id")
    private Long visibleUnitId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    protected CatalogItem() {}

    public CatalogItem(CatalogTerms terms) {
        this.revision = 1;
        apply(terms);
    }

    /** The next revision: these terms, revision + 1. */
    void revise(CatalogTerms terms) {
        revision++;
        apply(terms);
    }

    private void apply(CatalogTerms t) {
        nameEn = t.nameEn();
        nameZh = t.nameZh();
        descriptionEn = t.descriptionEn();
        descriptionZh = t.descriptionZh();
        tokenCost = t.tokenCost();
        stock = t.stock();
        limitCount = t.limitCount();
        limitPeriod = t.limitPeriod();
        visibleUnitId = t.visibleUnitId();
        active = t.active();
        needsApproval = t.needsApproval();
    }

    public CatalogTerms terms() {
        return new CatalogTerms(
                nameEn,
                nameZh,
                descriptionEn,
                descriptionZh,
                tokenCost,
                stock,
                limitCount,
                limitPeriod,
                visibleUnitId,
                active,
                needsApproval);
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public boolean isActive() {
        return active;
    }

    /** For in-memory repositories in tests; JPA assigns ids itself. */
    void assignId(long newId) {
        this.id = newId;
    }
}
