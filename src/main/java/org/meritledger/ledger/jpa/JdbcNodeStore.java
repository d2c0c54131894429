package org.meritledger.ledger.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.merkle.MissingNodeException;
import org.meritledger.ledger.core.merkle.NodeId;
import org.meritledger.ledger.core.merkle.NodeStore;

/** Merkle nodes read from ledger_node on a given connection (the append path's, under its lock). */
final class JdbcNodeStore implements NodeStore {

    private final Connection c;

    JdbcNodeStore(Connection c) {
        this.c = c;
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
            sql.append(i == 0 ? "" : " or ").append("(lvl = ? and idx = ?)");
        }
        Map<NodeId, String> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setInt(2 * i + 1, ids.get(i).level());
                ps.setLong(2 * i + 2, ids.get(i).index());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(
                            new NodeId(rs.getInt(1), rs.getLong(2)),
                            rs.getString(3).trim());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading Merkle nodes failed: " + e.getMessage(), e);
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
