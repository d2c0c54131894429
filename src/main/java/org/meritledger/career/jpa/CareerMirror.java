package org.meritledger.career.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.meritledger.career.CareerStates;
import org.meritledger.ledger.LedgerMirror;
import org.meritledger.personnel.jpa.PersonnelMirrors;

/** career:ID, for verification: every career event row must equal its ledger entry (plain SQL, see PersonnelMirrors). */
@ApplicationScoped
public class CareerMirror implements LedgerMirror {

    @Override
    public String subjectPrefix() {
        return "career:";
    }

    @Override
    public Map<String, String> currentStates(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, soldier_id, kind, effective_on, ends_on, details,"
                + " refers_to, recorded_by, recorded_at from career_event")) {
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate ends = rs.getObject(5, LocalDate.class);
                    out.put(
                            "career:" + rs.getLong(1),
                            CareerStates.event(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getObject(4, LocalDate.class).toString(),
                                    ends == null ? null : ends.toString(),
                                    rs.getString(6),
                                    PersonnelMirrors.nullableLong(rs, 7),
                                    rs.getLong(8),
                                    rs.getObject(9, OffsetDateTime.class)
                                            .toInstant()
                                            .toString()));
                }
            }
        }
        return out;
    }
}
