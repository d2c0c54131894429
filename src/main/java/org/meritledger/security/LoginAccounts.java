package org.meritledger.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What logging in needs from wherever accounts are kept (the personnel feature implements it).
 * The counters change by single atomic updates, never by loading, changing and storing the
 * account, so parallel logins neither lose a failure nor collide on the row's version.
 */
public interface LoginAccounts {

    /** An account as a login sees it: never a managed entity. */
    record LoginAccount(
            long id,
            String username,
            String passwordHash,
            boolean active,
            Instant lockedUntil,
            Set<Role> roles,
            Long soldierId,
            Set<Long> commandedUnitIds) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    Optional<LoginAccount> byUsername(String username);

    /**
     * Counts one refused login and, from {@code threshold} failures on, locks the account for
     * {@code lockFor} times a factor that doubles with each further failure (at most 64).
     *
     * @return the number of failures in a row, this one included
     */
    int recordFailure(long accountId, Instant now, int threshold, Duration lockFor);

    /** A correct password: the failures in a row start again from zero. */
    void recordSuccess(long accountId, Instant now);

    /** Replaces the hash of an unchanged password with a stronger one (new Argon2 parameters). */
    void rehash(long accountId, String oldHash, String newHash);
}
