package org.meritledger.personnel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.meritledger.security.PasswordHasher;
import org.meritledger.security.Role;

/**
 * The demo battalion: two companies of two platoons, 62 soldiers with service numbers, ranks and
 * names, a commander per company and per platoon, an administrator and an auditor. Every demo
 * login uses {@link #PASSWORD}; this class only runs in demo mode, on an empty database.
 */
final class DemoData {

    static final String PASSWORD = "merit-demo-2026";

    private static final String[] FAMILY = {
        "Zhang",
        "Wang",
        "Li",
        "Chen",
        "Liu",
        "Smith",
        "Johnson",
        "Garcia",
        "Brown",
        "Nguyen",
        "Ivanov",
        "Kowalski",
        "Müller",
        "Rossi",
        "Dubois",
        "Okafor",
        "Tanaka",
        "Kim",
        "Haddad",
        "Silva",
        "Novak",
        "Jensen",
        "Murphy",
        "Petrov",
        "Sato",
        "Yilmaz",
        "Costa",
        "Khan",
        "Larsen",
        "Moreau"
    };
    private static final String[] GIVEN = {
        "Wei", "Fang", "Lei", "Jun", "Min", "James", "Maria", "David", "Anna", "Tomasz", "Olga", "Luca", "Chloé",
        "Chidi", "Yuki", "Ji-ho", "Omar", "Ana", "Petra", "Erik", "Sean", "Nikolai", "Hana", "Emre", "Rita", "Imran",
        "Ingrid", "Louis", "Mei", "Carlos", "Grace"
    };
    private static final Rank[] RANKS = {
        Rank.PVT, Rank.PVT, Rank.PFC, Rank.PFC, Rank.SPC, Rank.SPC, Rank.SPC, Rank.CPL, Rank.CPL, Rank.SGT, Rank.SGT,
        Rank.SSG, Rank.SFC, Rank.PFC
    };

    private final Units units;
    private final Soldiers soldiers;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final PersonnelLedger ledger;
    private int serial = 100001;

    DemoData(
            Units units,
            Soldiers soldiers,
            Accounts accounts,
            PasswordHasher hasher,
            Clock clock,
            PersonnelLedger ledger) {
        this.ledger = ledger;
        this.units = units;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    void seed() {
        OrgUnit bn = unit(new OrgUnit("1BN", "1st Battalion", null));
        staff("admin", "Battalion Administrator", Role.ADMIN);
        staff("auditor", "Battalion Auditor", Role.AUDITOR);
        int n = 0;
        for (String coy : List.of("A", "B")) {
            String coyName = coy.equals("A") ? "Alpha Company" : "Bravo Company";
            OrgUnit company = unit(new OrgUnit(coy + "-COY", coyName, bn.getId()));
            Soldier captain = soldier(Rank.CPT, company, n++);
            commander(coy.toLowerCase() + ".cdr", captain, company);
            for (int p = 1; p <= 2; p++) {
                OrgUnit platoon = unit(new OrgUnit(
                        coy + "-" + p + "PL", p + (p == 1 ? "st" : "nd") + " Platoon, " + coyName, company.getId()));
                Soldier lieutenant = soldier(Rank.LT1, platoon, n++);
                commander(coy.toLowerCase() + p + ".ldr", lieutenant, platoon);
                for (int i = 0; i < 14; i++) {
                    Soldier s = soldier(RANKS[i], platoon, n++);
                    account(s.getServiceNumber().toLowerCase(), s, Set.of(Role.SOLDIER), Set.of());
                }
            }
        }
    }

    /** Demo records are recorded in the ledger like any other (actor: the system). */
    private OrgUnit unit(OrgUnit u) {
        OrgUnit saved = units.store(u);
        ledger.unit("created", saved);
        return saved;
    }

    private Soldier soldier(Rank rank, OrgUnit unit, int n) {
        String family = FAMILY[(n * 7) % FAMILY.length];
        String given = GIVEN[(n * 11 + 3) % GIVEN.length];
        Soldier s = soldiers.store(new Soldier("MR-" + serial++, family, given, rank, unit.getId()));
        ledger.soldier("created", s);
        return s;
    }

    private void commander(String username, Soldier soldier, OrgUnit unit) {
        account(username, soldier, Set.of(Role.COMMANDER, Role.SOLDIER), Set.of(unit.getId()));
    }

    private void staff(String username, String name, Role role) {
        Account a = new Account(username, name, null, hasher.hash(PASSWORD.toCharArray()), clock.instant());
        a.grant(Set.of(role), Set.of());
        ledger.account("created", accounts.store(a));
    }

    private void account(String username, Soldier s, Set<Role> roles, Set<Long> units) {
        Account a = new Account(
                username,
                s.getGivenName() + " " + s.getFamilyName(),
                s.getId(),
                hasher.hash(PASSWORD.toCharArray()),
                clock.instant());
        a.grant(roles, new ArrayList<>(units).isEmpty() ? Set.of() : units);
        ledger.account("created", accounts.store(a));
    }
}
