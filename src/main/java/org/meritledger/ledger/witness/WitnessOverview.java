package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * What the Ledger page shows about witnessing, for administrators and auditors (checked here):
 * recent checkpoints with their cosignatures and whether each is witnessed, the configured
 * witnesses and how their last submission went, this portal's own witness key and its alerts.
 */
@ApplicationScoped
public class WitnessOverview {

    @Inject
    CosignedCheckpoints checkpoints;

    @Inject
    WitnessProgress progress;

    @Inject
    WitnessService witness;

    @Inject
    WitnessSettings settings;

    @Inject
    CallerProvider callers;

    /** A configured witness and its progress. */
    public record WitnessRow(String label, String url, long knownSize, String lastError) {}

    public record Overview(
            List<CosignedCheckpoints.View> recent,
            List<WitnessRow> witnesses,
            int quorum,
            String ownWitnessKey,
            List<WitnessService.AlertView> alerts) {}

    public Overview overview() {
        if (!callers.require().hasAny(Role.ADMIN, Role.AUDITOR)) {
            throw new AccessDeniedException("only administrators and auditors see the ledger's witnesses");
        }
        List<WitnessProgress.Row> rows = progress.all();
        List<WitnessRow> ws = settings.targets().stream()
                .map(t -> {
                    var row = rows.stream()
                            .filter(r -> r.witnessKey().equals(t.key().vkey()))
                            .findFirst();
                    return new WitnessRow(
                            t.key().label(),
                            t.submissionPrefix().toString(),
                            row.map(WitnessProgress.Row::knownSize).orElse(0L),
                            row.map(WitnessProgress.Row::lastError).orElse(null));
                })
                .toList();
        return new Overview(
                checkpoints.recent(10),
                ws,
                settings.targets().isEmpty() ? 0 : settings.quorum(),
                witness.key().map(k -> k.vkey()).orElse(null),
                witness.alerts(10));
    }
}
