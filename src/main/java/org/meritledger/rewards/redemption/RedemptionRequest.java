package org.meritledger.rewards.redemption;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A soldier's request of one catalog item: who, what, at which revision's price, when. Written
 * once, never updated (no setters; PostgreSQL rejects updates by trigger); what happens to it
 * later is a {@link RedemptionStep}.
 */
@Entity
@Table(name = "redemption_request")
public class RedemptionRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "item_revision", nullable = false)
    private int itemRevision;

    @Column(name = "token_cost", nullable = false)
    private int tokenCost;

    @Column(name = "stock_taken", nullable = false)
    private boolean stockTaken;

    @Column(name = "requested_by", nullable = false)
    private Long requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected RedemptionRequest() {}

    /** The time is kept to the second: it is part of the ledger state and must read back identically. */
    public RedemptionRequest(
            long soldierId,
            long itemId,
            int itemRevision,
            int tokenCost,
            boolean stockTaken,
            long requestedBy,
            Instant requestedAt) {
        this.soldierId = soldierId;
        this.itemId = itemId;
        this.itemRevision = itemRevision;
        this.tokenCost = tokenCost;
        this.stockTaken = stockTaken;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public Long getId() {
        return id;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getItemRevision() {
        return itemRevision;
    }

    public int getTokenCost() {
        return tokenCost;
    }

    public boolean isStockTaken() {
        return stockTaken;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    /** For in-memory repositories in tests; JPA assigns ids itself. */
    void assignId(long newId) {
        this.id = newId;
    }
}
