package org.meritledger.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.meritledger.base.Checks;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.LocalePreference;
import org.meritledger.security.PasswordChange;
import org.meritledger.security.PasswordHasher;
import org.meritledger.security.PasswordPolicy;
import org.meritledger.security.Role;

/**
 * Accounts, roles and command assignments. Only administrators manage them; everyone may change
 * their own password and language. New and reset passwords are generated here and shown once:
 * an administrator never chooses a password for someone else.
 */
@ApplicationScoped
@Transactional
public class AccountService implements PasswordChange, LocalePreference {

    private Accounts accounts;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private PasswordHasher hasher;
    private Clock clock;
    private PersonnelLedger ledger;

    protected AccountService() {}

    @Inject
    public AccountService(
            Accounts accounts,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            PasswordHasher hasher,
            Clock clock,
            PersonnelLedger ledger) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** An account just created or reset, with the one-time password to hand over. */
    public record Issued(AccountRow account, String temporaryPassword) {}

    public List<AccountRow> page(String search, PageRequest page) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        return accounts.page(search, page).stream().map(this::row).toList();
    }

    public long count(String search) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        return accounts.count(search);
    }

    public AccountRow get(long id) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        return row(find(id));
    }

    public Issued create(AccountDraft draft) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        Valid v = validate(draft, null);
        String password = PasswordPolicy.generate();
        Account a = new Account(
                v.username, v.displayName, draft.soldierId(), hasher.hash(password.toCharArray()), clock.instant());
        a.update(v.displayName, draft.soldierId(), draft.active());
        a.grant(v.roles, v.commanded);
        accounts.store(a);
        ledger.account("created", a);
        return new Issued(row(a), password);
    }

    public AccountRow update(long id, AccountDraft draft) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        ledger.requireWritable();
        Account a = find(id);
        Valid v = validate(draft, id);
        if (a.getId() == caller.accountId() && (!draft.active() || !v.roles.contains(Role.ADMIN))) {
            // An administrator cannot lock themself out; another administrator must do it.
            throw new InvalidInputException("roles", "validation.account.selfDemotion");
        }
        a.update(v.displayName, draft.soldierId(), draft.active());
        a.grant(v.roles, v.commanded);
        accounts.store(a);
        ledger.account("updated", a);
        return row(a);
    }

    public Issued resetPassword(long id) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        Account a = find(id);
        String password = PasswordPolicy.generate();
        a.changePassword(hasher.hash(password.toCharArray()), clock.instant());
        accounts.store(a);
        return new Issued(row(a), password);
    }

    public AccountRow unlock(long id) {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN);
        ledger.requireWritable();
        Account a = find(id);
        a.unlock();
        accounts.store(a);
        return row(a);
    }

    /** Any logged-in user, for themself: the current password proves it is them at the keyboard. */
    @Override
    public void changeOwnPassword(char[] current, char[] replacement) {
        Caller caller = callers.require();
        ledger.requireWritable();
        Account a = find(caller.accountId());
        if (!hasher.verify(current, a.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "validation.password.currentWrong");
        }
        String problem = PasswordPolicy.check(replacement, a.getUsername());
        if (problem != null) {
            throw new InvalidInputException("newPassword", problem, PasswordPolicy.MIN_LENGTH);
        }
        a.changePassword(hasher.hash(replacement), clock.instant());
        accounts.store(a);
    }

    /** Allowed under an integrity hold: a display preference, so users can still read the hold banner in their language. */
    @Override
    public void setOwnLocale(Locale locale) {
        Caller caller = callers.require();
        Account a = find(caller.accountId());
        a.setPreferredLocale(locale.toLanguageTag());
        accounts.store(a);
    }

    /** The language the logged-in user chose last time, if any; empty when nobody is logged in. */
    @Override
    public java.util.Optional<Locale> ownPreferredLocale() {
        return callers.current()
                .flatMap(c -> accounts.find(c.accountId()))
                .map(Account::getPreferredLocale)
                .filter(tag -> tag != null && !tag.isBlank())
                .map(Locale::forLanguageTag);
    }

    private Account find(long id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("account " + id));
    }

    private record Valid(String username, String displayName, Set<Role> roles, Set<Long> commanded) {}

    private Valid validate(AccountDraft d, Long selfId) {
        Checks c = new Checks();
        String username = c.text("username", d.username(), InputRules.USERNAME).toLowerCase(Locale.ROOT);
        String displayName = c.text("displayName", d.displayName(), InputRules.DISPLAY_NAME);
        Set<Role> roles = d.roles() == null || d.roles().isEmpty() ? Set.of() : EnumSet.copyOf(d.roles());
        if (roles.isEmpty()) {
            c.fail("roles", "validation.account.roles.required");
        }
        Set<Long> commanded = d.commandedUnitIds() == null ? Set.of() : Set.copyOf(d.commandedUnitIds());
        UnitTree tree = scope.tree();
        if (roles.contains(Role.COMMANDER) && commanded.isEmpty()) {
            c.fail("commandedUnitIds", "validation.account.commander.unitsRequired");
        }
        if (!roles.contains(Role.COMMANDER) && !commanded.isEmpty()) {
            c.fail("commandedUnitIds", "validation.account.commander.unitsWithoutRole");
        }
        for (Long unitId : commanded) {
            if (!tree.contains(unitId)) {
                c.fail("commandedUnitIds", "validation.unit.unknown");
            }
        }
        if (roles.contains(Role.SOLDIER) && d.soldierId() == null) {
            c.fail("soldierId", "validation.account.soldier.required");
        }
        if (d.soldierId() != null) {
            if (soldiers.find(d.soldierId()).isEmpty()) {
                c.fail("soldierId", "validation.account.soldier.unknown");
            } else {
                accounts.findBySoldier(d.soldierId())
                        .filter(o -> !o.getId().equals(selfId))
                        .ifPresent(o -> c.fail("soldierId", "validation.account.soldier.taken", o.getUsername()));
            }
        }
        if (c.ok("username")) {
            accounts.findByUsername(username)
                    .filter(o -> !o.getId().equals(selfId))
                    .ifPresent(o -> c.fail("username", "validation.account.username.taken", username));
        }
        c.throwIfAny();
        return new Valid(username, displayName, roles, commanded);
    }

    private AccountRow row(Account a) {
        String soldierLabel = a.getSoldierId() == null
                ? null
                : soldiers.find(a.getSoldierId())
                        .map(s -> s.getServiceNumber() + " " + s.getFamilyName() + ", " + s.getGivenName())
                        .orElse(null);
        return new AccountRow(
                a.getId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getSoldierId(),
                soldierLabel,
                a.getRoles(),
                a.getCommandedUnitIds(),
                a.isActive(),
                a.isLocked(clock.instant()),
                a.getLastLoginAt());
    }
}
