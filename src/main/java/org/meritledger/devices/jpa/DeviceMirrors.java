package org.meritledger.devices.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.devices.DeviceStates;
import org.meritledger.ledger.LedgerMirror;

/**
 * The device tables as the ledger verifier sees them: plain SQL over the rows, turned into the
 * states the services record ({@link DeviceStates}), so an edited key, a quietly un-revoked device
 * or a changed score is found.
 */
public final class DeviceMirrors {

    private DeviceMirrors() {}

    /** device:ID */
    @ApplicationScoped
    public static class Devices implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "device:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, name, unit_id, range_name, lane, public_key,"
                            + " key_id, training_types, registered_by, revoked_at from range_device");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String types = rs.getString(8);
                    List<String> list = types.isEmpty() ? List.of() : Arrays.asList(types.split(","));
                    out.put(
                            "device:" + rs.getLong(1),
                            DeviceStates.device(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getString(7),
                                    list,
                                    rs.getLong(9),
                                    rs.getObject(10) != null));
                }
            }
            return out;
        }
    }

    /** device-result:ID */
    @ApplicationScoped
    public static class Submissions implements LedgerMirror {
        @Override
        public String subjectPrefix() {
            return "device-result:";
        }

        @Override
        public Map<String, String> currentStates(Connection c) throws SQLException {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("select id, device_id, key_id, signed_body, signature,"
                    + " soldier_id, session_id, result_id from device_submission")) {
                ps.setFetchSize(2000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(
                                "device-result:" + rs.getLong(1),
                                DeviceStates.submission(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getLong(6),
                                        rs.getLong(7),
                                        rs.getLong(8)));
                    }
                }
            }
            return out;
        }
    }
}
