package org.meritledger.personnel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.PasswordHasher;
import org.meritledger.security.Role;

/**
 * The personnel services wired to in-memory repositories and a settable caller, for plain JUnit
 * and Karibu view tests. The repositories copy nothing and check nothing: the database's unique
 * constraints are exercised by the Arquillian tests instead.
 */
public final class InMemoryPersonnel {

    public final MemUnits units = new MemUnits();
    public final MemSoldiers soldiers = new MemSoldiers();
    public final MemAccounts accounts = new MemAccounts();
    public final SettableCaller callers = new SettableCaller();
    public final Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);
    /** Cheap Argon2 parameters: these tests are about rules, not hashing cost. */
    public final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    public final PersonnelScope scope = new PersonnelScope(units);
    /** What the services appended to the ledger, in order. */
    public final List<Recorded> recorded = new ArrayList<>();

    public final IntegrityGuard guard = new IntegrityGuard();
    /** Appends by recording; every feature's ledger side in the tests writes here. */
    public final LedgerAppend append = (type, subject, payload) -> {
        recorded.add(new Recorded(type, subject, payload.toString()));
        return recorded.size();
    };

    public final PersonnelLedger ledger = new PersonnelLedger(guard, append);
    public final UnitService unitService = new UnitService(units, scope, callers, ledger);
    public final org.meritledger.base.RecordingEvents<org.meritledger.personnel.events.SoldierTransferred> transfers =
            new org.meritledger.base.RecordingEvents<>();
    public final org.meritledger.base.RecordingEvents<org.meritledger.personnel.events.SoldierStatusChanged>
            statusChanges = new org.meritledger.base.RecordingEvents<>();
    public final SoldierService soldierService =
            new SoldierService(soldiers, scope, callers, ledger, transfers, statusChanges);
    public final AccountService accountService =
            new AccountService(accounts, soldiers, scope, callers, hasher, clock, ledger);

    /** One ledger append as a service made it. */
    public record Recorded(String type, String subject, String payload) {}

    /** The demo-like battalion: 1BN > A-COY > A-1PL, A-2PL; B-COY > B-1PL. */
    public OrgUnit bn;

    public OrgUnit aCoy;
    public OrgUnit a1;
    public OrgUnit a2;
    public OrgUnit bCoy;
    public OrgUnit b1;

    public InMemoryPersonnel withBattalion() {
        bn = units.store(new OrgUnit("1BN", "1st Battalion", null));
        aCoy = units.store(new OrgUnit("A-COY", "Alpha Company", bn.getId()));
        a1 = units.store(new OrgUnit("A-1PL", "1st Platoon A", aCoy.getId()));
        a2 = units.store(new OrgUnit("A-2PL", "2nd Platoon A", aCoy.getId()));
        bCoy = units.store(new OrgUnit("B-COY", "Bravo Company", bn.getId()));
        b1 = units.store(new OrgUnit("B-1PL", "1st Platoon B", bCoy.getId()));
        return this;
    }

    public Soldier soldier(String serviceNumber, String family, OrgUnit unit) {
        return soldiers.store(new Soldier(serviceNumber, family, "Test", Rank.PVT, unit.getId()));
    }

    public Caller admin() {
        return callers.as(new Caller(1, "admin", java.util.Set.of(Role.ADMIN), null, java.util.Set.of()));
    }

    public Caller auditor() {
        return callers.as(new Caller(2, "auditor", java.util.Set.of(Role.AUDITOR), null, java.util.Set.of()));
    }

    public Caller commanderOf(OrgUnit unit, Long soldierId) {
        return callers.as(new Caller(
                3, "cdr", java.util.Set.of(Role.COMMANDER, Role.SOLDIER), soldierId, java.util.Set.of(unit.getId())));
    }

    public Caller soldierCaller(Soldier s) {
        return callers.as(new Caller(4, "sol", java.util.Set.of(Role.SOLDIER), s.getId(), java.util.Set.of()));
    }

    public static final class SettableCaller implements CallerProvider {
        private Caller caller;

        public Caller as(Caller c) {
            this.caller = c;
            return c;
        }

        public void nobody() {
            this.caller = null;
        }

        @Override
        public Optional<Caller> current() {
            return Optional.ofNullable(caller);
        }
    }

    public abstract static class Mem<T> {
        public final Map<Long, T> rows = new LinkedHashMap<>();
        final AtomicLong ids = new AtomicLong(100);

        Optional<T> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        T put(T row, Function<T, Long> id, java.util.function.BiConsumer<T, Long> assign) {
            if (id.apply(row) == null) {
                assign.accept(row, ids.incrementAndGet());
            }
            rows.put(id.apply(row), row);
            return row;
        }
    }

    public static final class MemUnits extends Mem<OrgUnit> implements Units {
        @Override
        public Optional<OrgUnit> find(long id) {
            return super.find(id);
        }

        @Override
        public Optional<OrgUnit> findByCode(String code) {
            return rows.values().stream().filter(u -> u.getCode().equals(code)).findFirst();
        }

        @Override
        public List<OrgUnit> all() {
            return new ArrayList<>(rows.values());
        }

        @Override
        public OrgUnit store(OrgUnit u) {
            return put(u, OrgUnit::getId, OrgUnit::assignId);
        }
    }

    public static final class MemSoldiers extends Mem<Soldier> implements Soldiers {
        @Override
        public Optional<Soldier> find(long id) {
            return super.find(id);
        }

        @Override
        public Optional<Soldier> findByServiceNumber(String sn) {
            return rows.values().stream()
                    .filter(s -> s.getServiceNumber().equals(sn))
                    .findFirst();
        }

        @Override
        public List<Soldier> page(SoldierFilter f, Collection<Long> unitIds, PageRequest page) {
            return matching(f, unitIds)
                    .sorted(Comparator.comparing(Soldier::getFamilyName).thenComparing(Soldier::getId))
                    .skip(page.offset())
                    .limit(page.limit())
                    .toList();
        }

        @Override
        public long count(SoldierFilter f, Collection<Long> unitIds) {
            return matching(f, unitIds).count();
        }

        @Override
        public Soldier store(Soldier s) {
            return put(s, Soldier::getId, Soldier::assignId);
        }

        private java.util.stream.Stream<Soldier> matching(SoldierFilter f, Collection<Long> unitIds) {
            return rows.values().stream()
                    .filter(s -> unitIds == null || unitIds.contains(s.getUnitId()))
                    .filter(s -> f.normalizedText() == null || s.getSearchText().contains(f.normalizedText()))
                    .filter(s -> f.status() == null || s.getStatus() == f.status());
        }
    }

    public static final class MemAccounts extends Mem<Account> implements Accounts {
        @Override
        public Optional<Account> find(long id) {
            return super.find(id);
        }

        @Override
        public Optional<Account> findByUsername(String u) {
            return rows.values().stream().filter(a -> a.getUsername().equals(u)).findFirst();
        }

        @Override
        public Optional<Account> findBySoldier(long soldierId) {
            return rows.values().stream()
                    .filter(a -> Long.valueOf(soldierId).equals(a.getSoldierId()))
                    .findFirst();
        }

        @Override
        public List<Account> page(String search, PageRequest page) {
            return rows.values().stream()
                    .filter(a -> search == null || a.getUsername().contains(search))
                    .skip(page.offset())
                    .limit(page.limit())
                    .toList();
        }

        @Override
        public long count(String search) {
            return rows.values().stream()
                    .filter(a -> search == null || a.getUsername().contains(search))
                    .count();
        }

        @Override
        public boolean anyActiveWithRole(Role role) {
            return rows.values().stream()
                    .anyMatch(a -> a.isActive() && a.getRoles().contains(role));
        }

        @Override
        public Account store(Account a) {
            return put(a, Account::getId, Account::assignId);
        }
    }
}
