package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The single head row. Every append locks it (SELECT ... FOR UPDATE), which serialises writers
 * across all portal nodes sharing the database, and moves it to the new end of the chain. Only
 * {@link ChainWriter} loads it as an entity (see {@link ChainWriter#lockHead}); others query it.
 */
@Entity
@Table(name = "ledger_head")
public class HeadRow {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "next_seq", nullable = false)
    private long nextSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String lastHash;

    @Column(name = "last_ts")
    private Instant lastTimestamp;

    protected HeadRow() {
    }

    public long getNextSeq() { return nextSeq; }
    public String getLastHash() { return lastHash; }
    public Instant getLastTimestamp() { return lastTimestamp; }

    public void advance(long newNextSeq, String newLastHash, Instant newLastTimestamp) {
        this.nextSeq = newNextSeq;
        this.lastHash = newLastHash;
        this.lastTimestamp = newLastTimestamp;
    }
}
