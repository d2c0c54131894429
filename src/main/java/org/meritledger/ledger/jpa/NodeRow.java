package org.meritledger.ledger.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A completed perfect-subtree node (level 0: a leaf hash), as MerkleAppender reports it. */
@Entity
@Table(name = "ledger_node")
@IdClass(NodeRow.Key.class)
public class NodeRow {

    @Id
    @Column(name = "lvl")
    private int level;

    @Id
    @Column(name = "idx")
    private long index;

    @Column(nullable = false, length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private String hash;

    protected NodeRow() {}

    public NodeRow(int level, long index, String hash) {
        this.level = level;
        this.index = index;
        this.hash = hash;
    }

    /** Composite primary key (lvl, idx). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        int level;
        long index;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.level == level && k.index == index;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(index) * 64 + level;
        }
    }
}
