package org.meritledger.personnel;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meritledger.security.PasswordHasher;
import org.meritledger.security.PasswordPolicy;
import org.meritledger.security.Role;

/**
 * Makes sure the portal can be administered after the first start, without default passwords:
 * in demo mode the demo data (with its documented logins) is seeded into an empty database;
 * otherwise the first administrator is created from {@code merit.admin.username} and
 * {@code merit.admin.password} when no active administrator exists yet.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "LedgerStartup"})
public class StartupAccounts {

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @Inject
    @ConfigProperty(name = "merit.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "merit.admin.username")
    Optional<String> adminUsername;

    @Inject
    @ConfigProperty(name = "merit.admin.password")
    Optional<String> adminPassword;

    @Inject
    Units units;

    @Inject
    Soldiers soldiers;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    PersonnelLedger ledger;

    @PostConstruct
    void start() {
        if (demo && units.all().isEmpty()) {
            new DemoData(units, soldiers, accounts, hasher, clock, ledger).seed();
            LOG.info("Demo mode: seeded the demo battalion and its logins (see README)");
        }
        if (!accounts.anyActiveWithRole(Role.ADMIN)) {
            createFirstAdministrator();
        }
    }

    private void createFirstAdministrator() {
        String user = adminUsername.map(String::strip).orElse("");
        String pw = adminPassword.orElse("");
        if (user.isEmpty() || pw.isEmpty()) {
            LOG.warning("No active administrator exists. Set merit.admin.username and merit.admin.password "
                    + "(MERIT_ADMIN_USERNAME / MERIT_ADMIN_PASSWORD) and restart to create the first one.");
            return;
        }
        String problem = PasswordPolicy.check(pw.toCharArray(), user);
        if (problem != null) {
            LOG.severe("merit.admin.password is not acceptable (" + problem + ", at least " + PasswordPolicy.MIN_LENGTH
                    + " characters); no administrator was created");
            return;
        }
        if (accounts.findByUsername(user.toLowerCase(java.util.Locale.ROOT)).isPresent()) {
            LOG.severe("merit.admin.username names an existing account that is not an active administrator; "
                    + "nothing was changed");
            return;
        }
        Account admin = new Account(
                user.toLowerCase(java.util.Locale.ROOT),
                "Administrator",
                null,
                hasher.hash(pw.toCharArray()),
                clock.instant());
        admin.grant(Set.of(Role.ADMIN), Set.of());
        ledger.account("created", accounts.store(admin));
        LOG.info(() -> "Created the first administrator '" + admin.getUsername() + "' from configuration");
    }
}
