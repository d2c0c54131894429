package org.meritledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks one password and records the outcome. Its own transaction, so a failed attempt is
 * counted even though the login as a whole fails. A locked or inactive account is refused
 * without looking at the password (the attempt still counts and lengthens the lock), and an
 * unknown user costs the same hashing work as a known one so response time does not reveal which
 * usernames exist. Counters change by atomic updates ({@link LoginAccounts}), so parallel
 * attempts are each counted exactly once and parallel correct logins do not collide.
 */
@ApplicationScoped
public class LoginAttempts {

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    public enum Status {
        VALID,
        INVALID,
        LOCKED,
        INACTIVE
    }

    public record Outcome(Status status, String username, Set<String> groups) {}

    private LoginAccounts accounts;
    private PasswordHasher hasher;
    private SecuritySettings settings;
    private Clock clock;
    private volatile String decoyHash;

    protected LoginAttempts() {}

    @Inject
    public LoginAttempts(LoginAccounts accounts, PasswordHasher hasher, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<LoginAccounts.LoginAccount> found = name.isEmpty() ? Optional.empty() : accounts.byUsername(name);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hasher.verify(password, decoy());
            return new Outcome(Status.INVALID, name, Set.of());
        }
        LoginAccounts.LoginAccount a = found.get();
        if (!a.active()) {
            hasher.verify(password, decoy());
            return new Outcome(Status.INACTIVE, name, Set.of());
        }
        if (a.lockedAt(now)) {
            hasher.verify(password, decoy());
            failed(a, now);
            return new Outcome(Status.LOCKED, name, Set.of());
        }
        if (!hasher.verify(password, a.passwordHash())) {
            failed(a, now);
            return new Outcome(Status.INVALID, name, Set.of());
        }
        accounts.recordSuccess(a.id(), now);
        if (hasher.needsRehash(a.passwordHash())) {
            accounts.rehash(a.id(), a.passwordHash(), hasher.hash(password));
        }
        return new Outcome(
                Status.VALID, name, a.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private void failed(LoginAccounts.LoginAccount a, Instant now) {
        int threshold = settings.lockoutThreshold();
        int failures = accounts.recordFailure(a.id(), now, threshold, settings.lockoutDuration());
        if (failures == threshold) {
            LOG.warning(() -> "Account " + a.username() + " locked after " + failures + " failed logins");
        }
    }

    private String decoy() {
        String d = decoyHash;
        if (d == null) {
            d = hasher.hash("decoy-password-never-used".toCharArray());
            decoyHash = d;
        }
        return d;
    }
}
