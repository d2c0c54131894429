package org.meritledger.devices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How far a device's clock may be from the portal's (docs/configuration.md). */
@ApplicationScoped
public class DeviceSettings {

    @Inject
    @ConfigProperty(name = "merit.devices.timeWindowMinutes", defaultValue = "10")
    int timeWindowMinutes;

    public Duration timeWindow() {
        return Duration.ofMinutes(timeWindowMinutes);
    }
}
