package org.meritledger.rewards.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One thing a soldier is told about: an award, a deduction, a reversal, an appeal decision (later
 * a redemption decision). Derived from a ledgered fact named by {@code subject}; only
 * {@code readAt} ever changes.
 */
@Entity
@Table(name = "reward_notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "soldier_id", nullable = false)
    private Long soldierId;

    @Column(nullable = false, length = 40)
    private String kind;

    private Long amount;

    @Column(length = 500)
    private String detail;

    @Column(nullable = false, length = 80)
    private String subject;

    @Column(name = "ledger_seq")
    private Long ledgerSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(NewNotice n, Instant createdAt) {
        this.soldierId = n.soldierId();
        this.kind = n.kind();
        this.amount = n.amount();
        this.detail = n.detail();
        this.subject = n.subject();
        this.ledgerSeq = n.ledgerSeq();
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public String getKind() {
        return kind;
    }

    public Long getAmount() {
        return amount;
    }

    public String getDetail() {
        return detail;
    }

    public String getSubject() {
        return subject;
    }

    public Long getLedgerSeq() {
        return ledgerSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
