package org.meritledger.ledger.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.LedgerState;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The export as an application service: administrators and auditors only (the payloads carry
 * personal data), checked here whatever endpoint calls it. Streams straight from the database
 * to the caller's stream.
 */
@ApplicationScoped
public class LedgerExportService {

    private static final Logger LOG = Logger.getLogger(LedgerExportService.class.getName());

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CallerProvider callers;

    @Inject
    LedgerState state;

    @Inject
    Clock clock;

    /** Throws unless the caller may export; call before committing to a response. */
    public Caller requireExporter() {
        Caller c = callers.require();
        if (!c.hasAny(Role.ADMIN, Role.AUDITOR)) {
            throw new AccessDeniedException("only administrators and auditors may export the ledger");
        }
        return c;
    }

    /** A file name for the download, e.g. {@code meritledger.local-ledger.jsonl}. */
    public String fileName() {
        return state.origin().replaceAll("[^A-Za-z0-9._-]+", "-") + ".jsonl";
    }

    /** Writes the whole export to {@code out} (not closed). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LedgerExporter.Summary export(OutputStream out) {
        Caller c = requireExporter();
        try (Connection con = dataSource.getConnection()) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            LedgerExporter.Summary s =
                    LedgerExporter.write(con, w, state.origin(), state.suite().id(), clock.instant());
            w.flush();
            LOG.info(() -> c.username() + " exported the ledger: " + s.entries() + " entries, " + s.checkpoints()
                    + " checkpoints");
            return s;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ledger for the export failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
