package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signed checkpoint, kept as the exact signed-note text that was signed. */
@Entity
@Table(name = "ledger_checkpoint")
public class CheckpointRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tree_size", nullable = false)
    private long treeSize;

    @Column(name = "root_hash", nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String rootHash;

    @Column(name = "key_id", nullable = false, length = 8)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String keyId;

    @Column(nullable = false, length = 8000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CheckpointRow() {}

    public CheckpointRow(long treeSize, String rootHash, String keyId, String note, Instant createdAt) {
        this.treeSize = treeSize;
        this.rootHash = rootHash;
        this.keyId = keyId;
        this.note = note;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getTreeSize() {
        return treeSize;
    }

    public String getRootHash() {
        return rootHash;
    }

    public String getKeyId() {
        return keyId.trim();
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
