package org.meritledger.ledger.witness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The {@code witness} entry of {@code /health/ready}: UP (a fork seen in another portal's log
 * does not stop this one serving), with the number of alerts and the newest one, so monitoring
 * that reads the detail sees it.
 */
@Readiness
@ApplicationScoped
public class WitnessReadiness implements HealthCheck {

    @Inject
    WitnessService witness;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("witness").up();
        try {
            long n = witness.alertCount();
            b.withData("alerts", n);
            if (n > 0) {
                WitnessService.AlertView a = witness.alerts(1).get(0);
                b.withData("lastAlert", a.raisedAt() + " " + a.origin() + " " + a.kind() + ": " + a.detail());
            }
        } catch (RuntimeException e) {
            b.withData("alerts", "unknown: " + e.getMessage());
        }
        return b.build();
    }
}
