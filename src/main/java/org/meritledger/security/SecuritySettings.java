package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Security knobs from MicroProfile Config (see docs/configuration.md). */
@ApplicationScoped
public class SecuritySettings {

    @Inject
    @ConfigProperty(name = "merit.security.lockout.threshold", defaultValue = "5")
    int lockoutThreshold;

    @Inject
    @ConfigProperty(name = "merit.security.lockout.minutes", defaultValue = "15")
    int lockoutMinutes;

    @Inject
    @ConfigProperty(name = "merit.security.argon2.memory-kib", defaultValue = "19456")
    int argonMemoryKib;

    @Inject
    @ConfigProperty(name = "merit.security.argon2.iterations", defaultValue = "2")
    int argonIterations;

    public int lockoutThreshold() {
        return Math.max(1, lockoutThreshold);
    }

    public Duration lockoutDuration() {
        return Duration.ofMinutes(Math.max(1, lockoutMinutes));
    }

    /** Pseudo-scope singleton: one hasher, no client proxy (the class is final). */
    @Produces
    @jakarta.inject.Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher(Math.max(8 * 1024, argonMemoryKib), Math.max(1, argonIterations), 1);
    }
}
