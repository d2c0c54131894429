package org.meritledger.base.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live means the JVM can still serve requests. Deliberately independent of the database:
 * a database outage should make the portal unready, not get it restarted in a loop.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long usedMiB = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return HealthCheckResponse.named("application")
                .up()
                .withData("heapUsedMiB", usedMiB)
                .withData("heapMaxMiB", rt.maxMemory() >> 20)
                .build();
    }
}
