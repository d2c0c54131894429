package org.meritledger.ledger.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.meritledger.ledger.core.merkle.NodeId;
import org.meritledger.ledger.core.merkle.NodeStore;

/**
 * Merkle nodes read from ledger_node for proofs and roots: one query for the O(log n) nodes. The
 * query itself is {@link JdbcNodeStore}'s (the append path's), run on the persistence context's
 * connection, so both paths read nodes the same way.
 */
public final class JpaNodeStore implements NodeStore {

    private final EntityManager em;

    public JpaNodeStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public byte[] node(int level, long index) {
        return nodes(List.of(new NodeId(level, index)))[0];
    }

    @Override
    public byte[][] nodes(List<NodeId> ids) {
        return em.unwrap(Session.class).doReturningWork(c -> new JdbcNodeStore(c).nodes(ids));
    }
}
