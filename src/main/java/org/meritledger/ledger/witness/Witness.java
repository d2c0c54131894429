package org.meritledger.ledger.witness;

import java.io.IOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.witness.AddCheckpoint;
import org.meritledger.ledger.core.witness.WitnessDecision;
import org.meritledger.ledger.core.witness.WitnessRules;
import org.meritledger.ledger.core.witness.WitnessState;

/**
 * One tlog-witness {@code add-checkpoint} handled end to end, without the container: parse, look
 * the log up, lock its state row, reconcile it with the state file, decide with the pure {@link
 * WitnessRules}, and then either record the new state (database, then file) and cosign, or refuse,
 * storing an alert when the refused checkpoint is evidence of a fork. The state is read from the
 * database on every request, so nothing is lost or stale after a restart.
 */
public final class Witness {

    private static final Logger LOG = Logger.getLogger(Witness.class.getName());

    /** An HTTP answer: status, content type, body. */
    public record Answer(int status, String contentType, String body) {}

    /** Alert kind when the database holds less than the state file: the row was rolled back. */
    public static final String STATE_ROLLBACK = "STATE_ROLLBACK";

    private final DataSource dataSource;
    private final Map<String, NoteVerifiers> logs;
    private final Supplier<Cosigner> cosigner;
    private final Clock clock;
    private final WitnessStateFile files;

    public Witness(
            DataSource dataSource,
            Map<String, NoteVerifiers> logs,
            Supplier<Cosigner> cosigner,
            Clock clock,
            java.nio.file.Path stateDir) {
        this.dataSource = dataSource;
        this.logs = Map.copyOf(logs);
        this.cosigner = cosigner;
        this.clock = clock;
        this.files = new WitnessStateFile(stateDir);
    }

    public Answer addCheckpoint(String body) {
        AddCheckpoint req;
        String origin;
        try {
            req = AddCheckpoint.parse(body);
            origin = WitnessRules.origin(req);
        } catch (IllegalArgumentException e) {
            return text(400, e.getMessage());
        }
        NoteVerifiers keys = logs.get(origin);
        if (keys == null) {
            return text(404, "unknown log origin " + origin);
        }
        // One request per log at a time in this node; the row lock orders nodes sharing the database.
        synchronized (keys) {
            try (Connection c = dataSource.getConnection()) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    return decide(c, req, body, origin, keys);
                } finally {
                    c.rollback();
                    c.setAutoCommit(auto);
                }
            } catch (SQLException | IOException e) {
                LOG.warning(() -> "Witness could not process a checkpoint of " + origin + ": " + e);
                return text(500, "the witness could not record its state: " + e.getMessage());
            }
        }
    }

    private Answer decide(Connection c, AddCheckpoint req, String body, String origin, NoteVerifiers keys)
            throws SQLException, IOException {
        WitnessState db = WitnessStateStore.lock(c, origin, clock.instant());
        WitnessState file = files.read(origin);
        WitnessState state = db;
        if (file.size() > db.size()
                || (file.size() == db.size() && file.size() > 0 && !MessageDigest.isEqual(file.root(), db.root()))) {
            state = file;
            String detail = "the witness state in the database (" + db + ") is behind its state file (" + file
                    + "): the database was rolled back or restored; the file's state is used";
            LOG.severe(() -> "Witness alert for " + origin + ": " + detail);
            Checkpoint shown = new Checkpoint(origin, file.size(), file.root(), java.util.List.of());
            WitnessStateStore.alert(c, origin, STATE_ROLLBACK, detail, db, shown, body, clock.instant());
        }
        WitnessDecision d = WitnessRules.decide(req, origin, keys, state);
        if (d instanceof WitnessDecision.Refuse r) {
            if (r.alert() != null) {
                WitnessState cosigned = state;
                LOG.severe(() -> "Witness alert for " + origin + ": " + r.alert() + ": " + r.reason() + " (cosigned: "
                        + cosigned + ")");
                WitnessStateStore.alert(
                        c, origin, r.alert().name(), r.reason(), state, r.checkpoint(), body, clock.instant());
            }
            c.commit();
            if (r.status() == 409 && r.knownSize() >= 0) {
                return new Answer(409, "text/x.tlog.size", r.knownSize() + "\n");
            }
            return text(r.status(), r.reason());
        }
        WitnessDecision.Cosign ok = (WitnessDecision.Cosign) d;
        Checkpoint cp = ok.checkpoint();
        Cosigner signer = cosigner.get();
        if (cp.size() != state.size() || state.root() == null || db.size() != state.size()) {
            WitnessStateStore.update(c, origin, cp, ok.signedNote(), clock.instant());
        }
        c.commit(); // persisted before answering, as tlog-witness requires
        if (cp.size() > 0) {
            files.write(origin, cp.size(), cp.rootHash());
        }
        long now = clock.instant().getEpochSecond();
        String line = signer.cosign(cp.body(), now).line();
        LOG.info(() -> "Witness cosigned " + origin + " at size " + cp.size() + ", root " + Bytes.hex(cp.rootHash()));
        return new Answer(200, "text/plain; charset=utf-8", line);
    }

    /** The last state cosigned for {@code origin}, read from the database. */
    public WitnessState state(String origin) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return WitnessStateStore.read(c, origin);
        }
    }

    private static Answer text(int status, String message) {
        return new Answer(status, "text/plain; charset=utf-8", message + "\n");
    }
}
