package org.meritledger.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The API's limits (docs/configuration.md). */
@ApplicationScoped
public class ApiSettings {

    /** Largest request body accepted, in bytes; larger is 413 before anything is parsed. */
    @Inject
    @ConfigProperty(name = "merit.api.maxBodyBytes", defaultValue = "65536")
    int maxBodyBytes;

    /** Requests per minute per credential, device or (anonymous) client address; more is 429. */
    @Inject
    @ConfigProperty(name = "merit.api.rateLimitPerMinute", defaultValue = "600")
    int rateLimitPerMinute;

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public int rateLimitPerMinute() {
        return rateLimitPerMinute;
    }
}
