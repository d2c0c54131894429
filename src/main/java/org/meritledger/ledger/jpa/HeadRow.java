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
 * across all portal nodes sharing the database, and moves it to the new end of the chain; both
 * with plain JDBC in {@link ChainWriter}. As an entity it is only read (the checkpoint writer
 * locks it the same way), and it has no setter, so a managed copy can never be flushed over
 * what an append wrote.
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

    protected HeadRow() {}

    public long getNextSeq() {
        return nextSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public Instant getLastTimestamp() {
        return lastTimestamp;
    }
}
