package org.meritledger.rewards.rules.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.personnel.jpa.PersonnelMirrors;
import org.meritledger.rewards.rules.RuleStates;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.rewards.rules.replay.RuleTerms;

/** reward-rule-version:ID as the verifier sees it: plain SQL, the same state builder as the service. */
@ApplicationScoped
public class RuleMirror implements LedgerMirror {

    @Override
    public String subjectPrefix() {
        return RuleStates.SUBJECT;
    }

    @Override
    public Map<String, String> currentStates(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, rule_id, version, name, standard_code,"
                        + " condition_kind, tier, pass_count, amount, valid_from, valid_to, unit_id, active,"
                        + " created_by, created_at from reward_rule_version");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                RuleTerms t = new RuleTerms(
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        Condition.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getLong(9),
                        rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class),
                        PersonnelMirrors.nullableLong(rs, 12),
                        rs.getBoolean(13));
                OffsetDateTime at = rs.getObject(15, OffsetDateTime.class);
                out.put(
                        RuleStates.SUBJECT + rs.getLong(1),
                        RuleStates.state(rs.getLong(1), t, PersonnelMirrors.nullableLong(rs, 14), at.toInstant()));
            }
        }
        return out;
    }
}
