package org.meritledger.personnel;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.meritledger.security.Role;

/**
 * A login. Linked to a soldier (a soldier or commander logs in as themself) or to nobody (staff
 * such as an administrator or auditor). Holds the Argon2id hash, never the password, and the
 * lockout counters the identity store maintains. Deactivated, never deleted.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "soldier_id")
    private Long soldierId;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "preferred_locale", length = 16)
    private String preferredLocale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 16, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "command_assignment", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> commandedUnitIds = new HashSet<>();

    @Version
    private long version;

    protected Account() {}

    public Account(String username, String displayName, Long soldierId, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.soldierId = soldierId;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getSoldierId() {
        return soldierId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public Set<Long> getCommandedUnitIds() {
        return Set.copyOf(commandedUnitIds);
    }

    public long getVersion() {
        return version;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void update(String newDisplayName, Long newSoldierId, boolean newActive) {
        this.displayName = newDisplayName;
        this.soldierId = newSoldierId;
        this.active = newActive;
    }

    public void grant(Set<Role> newRoles, Set<Long> newCommandedUnitIds) {
        roles.clear();
        roles.addAll(newRoles);
        commandedUnitIds.clear();
        commandedUnitIds.addAll(newCommandedUnitIds);
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** A failed login; after {@code threshold} failures in a row the account locks for {@code lockFor}. */
    public void recordFailure(Instant now, int threshold, java.time.Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= threshold) {
            // The lock grows with every further failure so a guesser gains nothing by waiting it out.
            long factor = 1L << Math.min(failedAttempts - threshold, 6);
            lockedUntil = now.plus(lockFor.multipliedBy(factor));
        }
    }

    public void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void setPreferredLocale(String localeTag) {
        this.preferredLocale = localeTag;
    }

    void assignId(long newId) {
        this.id = newId;
    }
}
