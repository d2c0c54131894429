package org.meritledger.ledger.jpa;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.merkle.MissingNodeException;
import org.meritledger.ledger.core.merkle.NodeId;
import org.meritledger.ledger.core.merkle.NodeStore;

/** Merkle nodes read from ledger_node: one query for the O(log n) nodes of a proof or root. */
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
        byte[][] out = new byte[ids.size()][];
        if (ids.isEmpty()) {
            return out;
        }
        StringBuilder sql = new StringBuilder("select lvl, idx, hash from ledger_node where ");
        for (int i = 0; i < ids.size(); i++) {
            sql.append(i == 0 ? "" : " or ").append("(lvl = ").append(ids.get(i).level())
                    .append(" and idx = ").append(ids.get(i).index()).append(')');
        }
        Map<NodeId, String> found = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql.toString()).getResultList();
        for (Object[] r : rows) {
            found.put(new NodeId(((Number) r[0]).intValue(), ((Number) r[1]).longValue()), r[2].toString().trim());
        }
        for (int i = 0; i < out.length; i++) {
            String hex = found.get(ids.get(i));
            if (hex == null) {
                throw new MissingNodeException(ids.get(i).level(), ids.get(i).index());
            }
            out[i] = Bytes.fromHex(hex);
        }
        return out;
    }
}
