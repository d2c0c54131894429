package org.meritledger.ledger.witness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.witness.WitnessState;

/**
 * This portal as a witness for the logs in {@code merit.witness.logs}: the container-side
 * boundary of {@link Witness} (which holds the rules and the storage), plus the alerts it raised,
 * for the administrators' banner and {@code /health/ready}.
 */
@ApplicationScoped
public class WitnessService {

    /** An alert as pages show it. */
    public record AlertView(
            long id,
            String origin,
            String kind,
            String detail,
            long cosignedSize,
            long submittedSize,
            Instant raisedAt) {}

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    WitnessSettings settings;

    @Inject
    WitnessKeys keys;

    @Inject
    Clock clock;

    private volatile Witness witness;

    private Witness witness() {
        Witness w = witness;
        if (w == null) {
            synchronized (this) {
                if (witness == null) {
                    Map<String, List<NoteVerifier>> byOrigin = new LinkedHashMap<>();
                    for (NoteVerifier k : settings.witnessedLogKeys()) {
                        byOrigin.computeIfAbsent(k.name(), o -> new ArrayList<>())
                                .add(k);
                    }
                    Map<String, NoteVerifiers> logs = new LinkedHashMap<>();
                    byOrigin.forEach((o, ks) -> logs.put(o, new NoteVerifiers(ks)));
                    witness = new Witness(dataSource, logs, keys::cosigner, clock, settings.stateDir());
                }
                w = witness;
            }
        }
        return w;
    }

    /** Whether any log is configured to be witnessed here. */
    public boolean enabled() {
        return !settings.witnessedLogKeys().isEmpty();
    }

    /** Handles a tlog-witness add-checkpoint body; 404 for every origin when witnessing is off. */
    public Witness.Answer addCheckpoint(String body) {
        return witness().addCheckpoint(body);
    }

    /** This portal's witness key, to configure on the witnessed portal; empty when witnessing is off. */
    public Optional<CosignerKey> key() {
        return enabled() ? Optional.of(keys.cosigner().key()) : Optional.empty();
    }

    /** What was last cosigned for {@code origin} (size 0 if nothing). */
    public WitnessState state(String origin) {
        try {
            return witness().state(origin);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the witness state failed: " + e.getMessage(), e);
        }
    }

    /** The newest alerts first, at most {@code limit}. */
    public List<AlertView> alerts(int limit) {
        List<AlertView> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id, origin, kind, detail, cosigned_size,"
                        + " submitted_size, raised_at from witness_alert order by id desc")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AlertView(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            rs.getLong(6),
                            rs.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading witness alerts failed: " + e.getMessage(), e);
        }
        return out;
    }

    public long alertCount() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from witness_alert");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("counting witness alerts failed: " + e.getMessage(), e);
        }
    }
}
