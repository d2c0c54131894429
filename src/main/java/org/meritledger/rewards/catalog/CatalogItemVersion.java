package org.meritledger.rewards.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One revision of an item: its full state after a change, the change, who made it, when, and
 * the ledger entry that records it. Written once, never updated (no setters; append-only in the
 * database on PostgreSQL).
 */
@Entity
@Table(name = "catalog_item_version")
public class CatalogItemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "change_kind", nullable = false, length = 16)
    private ChangeKind change;

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

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "ledger_seq", nullable = false)
    private long ledgerSeq;

    protected CatalogItemVersion() {}

    /** {@code changedBy} null: the system (demo data). The time is kept to the second, as everywhere on the ledger. */
    public CatalogItemVersion(CatalogItem item, ChangeKind change, Long changedBy, Instant changedAt, long ledgerSeq) {
        CatalogTerms t = item.terms();
        this.itemId = item.getId();
        this.revision = item.getRevision();
        this.change = change;
        this.nameEn = t.nameEn();
        this.nameZh = t.nameZh();
        this.descriptionEn = t.descriptionEn();
        this.descriptionZh = t.descriptionZh();
        this.tokenCost = t.tokenCost();
        this.stock = t.stock();
        this.limitCount = t.limitCount();
        this.limitPeriod = t.limitPeriod();
        this.visibleUnitId = t.visibleUnitId();
        this.active = t.active();
        this.needsApproval = t.needsApproval();
        this.changedBy = changedBy;
        this.changedAt = changedAt.truncatedTo(ChronoUnit.SECONDS);
        this.ledgerSeq = ledgerSeq;
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

    public Long getItemId() {
        return itemId;
    }

    public int getRevision() {
        return revision;
    }

    public ChangeKind getChange() {
        return change;
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getLedgerSeq() {
        return ledgerSeq;
    }
}
