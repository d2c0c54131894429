package org.meritledger.it;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Added to WebHardeningIT's WAR: always UP, with a detail only privileged callers may see. */
@Readiness
@ApplicationScoped
public class WebTestReadiness implements HealthCheck {

    /** Only the full health report carries it, and ISO-8859-1 cannot encode it. */
    static final String DETAIL = "名字 Ünïcode";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("web-it")
                .up()
                .withData("detail", DETAIL)
                .build();
    }
}
