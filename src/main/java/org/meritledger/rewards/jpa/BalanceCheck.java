package org.meritledger.rewards.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.ledger.DerivedStateCheck;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.rewards.movement.BalanceAudit;

/**
 * The balance cache must equal the sum of each soldier's movements. Runs after the movement
 * mirror agreed (so the rows are what the ledger recorded): one streaming pass over the
 * movements, one over the cache, no query per soldier. A mismatch is pinpointed to the entry of
 * the soldier's latest movement.
 */
@ApplicationScoped
public class BalanceCheck implements DerivedStateCheck {

    @Override
    public Failure check(Connection c, long size) throws SQLException {
        BalanceAudit audit = new BalanceAudit();
        try (PreparedStatement ps = c.prepareStatement("select soldier_id, id, amount from reward_movement")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    audit.add(rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        }
        Map<Long, Long> cached = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select soldier_id, balance from reward_balance")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cached.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        List<BalanceAudit.Mismatch> bad = audit.compare(cached);
        if (bad.isEmpty()) {
            return null;
        }
        BalanceAudit.Mismatch first = bad.get(0);
        long seq = size; // a cached balance without any movement has no entry to name
        if (first.lastMovementId() > 0) {
            try (PreparedStatement ps = c.prepareStatement("select max(seq) from ledger_entry where subject = ?")) {
                ps.setString(1, "reward-movement:" + first.lastMovementId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getObject(1) != null) {
                        seq = rs.getLong(1);
                    }
                }
            }
        }
        return new Failure(
                seq,
                Check.DOMAIN_STATE,
                "balance " + first.sum() + " (sum of the movements)",
                first.cached() == null ? "no balance row" : "balance " + first.cached(),
                "reward_balance of soldier " + first.soldierId() + " differs from the sum of their movements"
                        + (bad.size() > 1 ? " (" + bad.size() + " balances disagree)" : ""));
    }
}
