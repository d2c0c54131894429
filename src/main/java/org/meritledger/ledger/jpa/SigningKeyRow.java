package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A checkpoint key's PUBLIC half, as signed-note verifier key text, for people and tools that
 * check checkpoints. Informational: verification takes keys from the chain's genesis and
 * rotation entries, never from this table.
 */
@Entity
@Table(name = "ledger_signing_key")
public class SigningKeyRow {

    @Id
    @Column(name = "key_id", length = 8)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String keyId;

    @Column(nullable = false, length = 2000)
    private String vkey;

    @Column(name = "from_seq", nullable = false)
    private long fromSeq;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SigningKeyRow() {
    }

    public SigningKeyRow(String keyId, String vkey, long fromSeq, Instant createdAt) {
        this.keyId = keyId;
        this.vkey = vkey;
        this.fromSeq = fromSeq;
        this.createdAt = createdAt;
    }

    public String getVkey() { return vkey; }
}
