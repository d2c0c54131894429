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
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;

/**
 * Checks one password and records the outcome. Its own transaction, so a failed attempt is
 * counted even though the login as a whole fails. A locked or inactive account is refused
 * without looking at the password, and an unknown user costs the same hashing work as a known
 * one so response time does not reveal which usernames exist.
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

    private Accounts accounts;
    private PasswordHasher hasher;
    private SecuritySettings settings;
    private Clock clock;
    private volatile String decoyHash;

    protected LoginAttempts() {}

    @Inject
    public LoginAttempts(Accounts accounts, PasswordHasher hasher, SecuritySettings settings, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome attempt(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Account> found = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            hasher.verify(password, decoy());
            return new Outcome(Status.INVALID, name, Set.of());
        }
        Account a = found.get();
        if (!a.isActive()) {
            hasher.verify(password, decoy());
            return new Outcome(Status.INACTIVE, name, Set.of());
        }
        if (a.isLocked(now)) {
            hasher.verify(password, decoy());
            return new Outcome(Status.LOCKED, name, Set.of());
        }
        if (!hasher.verify(password, a.getPasswordHash())) {
            a.recordFailure(now, settings.lockoutThreshold(), settings.lockoutDuration());
            accounts.store(a);
            if (a.isLocked(now)) {
                LOG.warning(() -> "Account " + name + " locked until " + a.getLockedUntil() + " after "
                        + a.getFailedAttempts() + " failed logins");
            }
            return new Outcome(Status.INVALID, name, Set.of());
        }
        a.recordSuccess(now);
        if (hasher.needsRehash(a.getPasswordHash())) {
            a.changePassword(hasher.hash(password), a.getPasswordChangedAt());
        }
        accounts.store(a);
        return new Outcome(
                Status.VALID, name, a.getRoles().stream().map(Enum::name).collect(Collectors.toSet()));
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
