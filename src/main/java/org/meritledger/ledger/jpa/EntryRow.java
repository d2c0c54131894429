package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;

/** One stored ledger entry; written once, never updated (on PostgreSQL a trigger enforces it). */
@Entity
@Table(name = "ledger_entry")
public class EntryRow {

    @Id
    private long seq;

    @Column(name = "ts", nullable = false)
    private Instant timestamp;

    @Column(name = "entry_type", nullable = false, length = 80)
    private String type;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_role", length = 16)
    private String actorRole;

    @Column(length = 120)
    private String subject;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Column(name = "payload_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String payloadHash;

    @Column(name = "prev_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String entryHash;

    protected EntryRow() {}

    public EntryRow(Entry e) {
        this.seq = e.sequence();
        this.timestamp = e.timestamp();
        this.type = e.type();
        this.actorAccountId = e.actorAccountId();
        this.actorRole = e.actorRole();
        this.subject = e.subject();
        this.payload = e.payload();
        this.payloadHash = Bytes.hex(e.payloadHash());
        this.previousHash = Bytes.hex(e.previousHash());
        this.entryHash = Bytes.hex(e.entryHash());
    }

    public Entry toEntry() {
        return new Entry(
                seq,
                timestamp,
                type,
                actorAccountId,
                actorRole,
                subject,
                payload,
                Bytes.fromHex(payloadHash),
                Bytes.fromHex(previousHash),
                Bytes.fromHex(entryHash));
    }

    public long getSeq() {
        return seq;
    }

    public String getPayload() {
        return payload;
    }
}
