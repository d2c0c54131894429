package org.meritledger.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the ledger verifies: under an integrity hold the node reports DOWN with the reason. */
@Readiness
@ApplicationScoped
public class LedgerReadiness implements HealthCheck {

    @Inject
    IntegrityGuard guard;

    @Inject
    LedgerState state;

    @Inject
    LedgerVerification verification;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("ledger");
        if (!state.started()) {
            return b.down().withData("reason", "ledger not started").build();
        }
        verification
                .lastReport()
                .ifPresent(r -> b.withData("lastVerification", r.finishedAt().toString())
                        .withData("entries", r.entries()));
        return guard.hold()
                .map(h -> b.down()
                        .withData("reason", "integrity hold: " + h.reason())
                        .withData("since", h.since().toString())
                        .build())
                .orElseGet(() -> b.up().build());
    }
}
