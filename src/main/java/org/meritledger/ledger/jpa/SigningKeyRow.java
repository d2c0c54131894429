package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A checkpoint key's PUBLIC half, as signed-note verifier key text, for people and tools that
 * check checkpoints, written in the same transaction as the genesis or rotation entry that
 * introduced it ({@code from_seq} = that entry's sequence number: the key signs checkpoints of
 * size &gt; from_seq). Signers take the key in effect from here (one indexed row instead of a
 * search of the chain); verification never does: it takes keys from the chain's genesis and
 * rotation entries, so a row altered here leads only to checkpoints that fail verification.
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

    protected SigningKeyRow() {}

    public SigningKeyRow(String keyId, String vkey, long fromSeq, Instant createdAt) {
        this.keyId = keyId;
        this.vkey = vkey;
        this.fromSeq = fromSeq;
        this.createdAt = createdAt;
    }

    /** The key that signs a checkpoint of {@code size} entries: the newest with from_seq &lt; size. */
    public static SigningKeyRow inEffectAt(EntityManager em, long size) {
        List<SigningKeyRow> rows = em.createQuery(
                        "select k from SigningKeyRow k where k.fromSeq < :size order by k.fromSeq desc",
                        SigningKeyRow.class)
                .setParameter("size", size)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("ledger_signing_key has no key for tree size " + size);
        }
        return rows.get(0);
    }

    public String getKeyId() {
        return keyId.trim();
    }

    public String getVkey() {
        return vkey;
    }

    public long getFromSeq() {
        return fromSeq;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
