package org.meritledger.rewards.rules.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.meritledger.ledger.DerivedStateCheck;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.rewards.rules.replay.LedgerFeed;
import org.meritledger.rewards.rules.replay.RuleReplay;

/**
 * Full verification replays every award rule version over the ledger's entries from the first
 * one ({@link RuleReplay}) and requires exactly the rule awards and reversals that were
 * recorded; the first difference is a failure naming its entry, which engages the integrity
 * hold. It reads the entries, already verified by then, not the domain tables: the ledger is
 * the record, so it also holds when a table and its mirror were both changed. One streaming pass
 * over the entry types it follows; skipped when no rule was ever defined or fired.
 */
@ApplicationScoped
public class RuleReplayCheck implements DerivedStateCheck {

    @Override
    public boolean fullRunsOnly() {
        return true;
    }

    @Override
    public Failure check(Connection c, long size) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from ledger_entry where seq < ? and"
                + " entry_type in ('rewards.rule.version', 'rewards.movement.rule-award')")) {
            ps.setLong(1, size);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) == 0) {
                    return null;
                }
            }
        }
        LedgerFeed feed = new LedgerFeed();
        try (PreparedStatement ps = c.prepareStatement("select seq, entry_type, payload, subject from ledger_entry"
                + " where seq < ? and (entry_type like 'personnel.unit.%' or entry_type like 'personnel.soldier.%'"
                + " or entry_type like 'training.%' or entry_type in ('rewards.rule.version',"
                + " 'rewards.movement.rule-award', 'rewards.movement.reversal')) order by seq")) {
            ps.setLong(1, size);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) { // the database filters by type for speed; the feed decides
                    feed.accept(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getString(3));
                }
            }
        }
        List<RuleReplay.Difference> diffs = feed.differences();
        if (diffs.isEmpty()) {
            return null;
        }
        RuleReplay.Difference d = diffs.get(0);
        return new Failure(
                d.seq(),
                Check.DOMAIN_STATE,
                d.expected(),
                d.found(),
                "award rule replay: " + d.detail() + (diffs.size() > 1 ? " (" + diffs.size() + " differences)" : ""));
    }
}
