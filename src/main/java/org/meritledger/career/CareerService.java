package org.meritledger.career;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.NotFoundException;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Career events of a soldier's service record. Commanders of the soldier's unit (or a unit above
 * it) and administrators record; the soldier reads their own; auditors read everyone's. A
 * transfer or promotion also changes the soldier through {@link SoldierService}, in the same
 * transaction, so the soldier's row, its ledger entry and the event's entry commit together.
 */
@ApplicationScoped
@Transactional
public class CareerService {

    private CareerEntries entries;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private CareerLedger ledger;
    private SoldierService soldierService;
    private Clock clock;

    protected CareerService() {}

    @Inject
    public CareerService(
            CareerEntries entries,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            CareerLedger ledger,
            SoldierService soldierService,
            Clock clock) {
        this.entries = entries;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.soldierService = soldierService;
        this.clock = clock;
    }

    public CareerItem record(long soldierId, CareerDraft draft) {
        Caller caller = callers.require();
        UnitTree tree = scope.tree();
        Soldier s = writable(caller, tree, soldierId);
        LocalDate latest = draft == null || draft.kind() == null
                ? null
                : entries.latestEffective(soldierId, draft.kind()).orElse(null);
        CareerEvent event = CareerRules.check(draft, s, tree, LocalDate.now(clock), latest);
        if (event instanceof CareerEvent.Transfer t) {
            // the receiving unit must be in the caller's command too; SoldierService checks it again
            scope.requireCanChange(caller, tree, t.toUnitId());
            soldierService.update(
                    soldierId,
                    new SoldierDraft(
                            s.getServiceNumber(),
                            s.getFamilyName(),
                            s.getGivenName(),
                            s.getRank(),
                            t.toUnitId(),
                            s.getStatus()));
        } else if (event instanceof CareerEvent.Promotion p) {
            soldierService.update(
                    soldierId,
                    new SoldierDraft(
                            s.getServiceNumber(),
                            s.getFamilyName(),
                            s.getGivenName(),
                            p.toRank(),
                            s.getUnitId(),
                            s.getStatus()));
        }
        CareerEntry e = entries.add(new CareerEntry(soldierId, event, caller.accountId(), clock.instant()));
        ledger.career(e);
        return item(tree, e, false);
    }

    /**
     * Withdraws a mission or performance report recorded in error: a new event (and ledger
     * entry) naming it, never an edit; the withdrawn event stays in the record, marked.
     */
    public CareerItem withdraw(long eventId, String reason) {
        Caller caller = callers.require();
        CareerEntry target = entries.find(eventId).orElseThrow(() -> new NotFoundException("career event " + eventId));
        UnitTree tree = scope.tree();
        long soldierId = target.getSoldierId();
        writable(caller, tree, soldierId);
        CareerEvent event = CareerRules.withdrawal(
                target, entries.withdrawnIds(soldierId).contains(eventId), reason, LocalDate.now(clock));
        CareerEntry e = entries.add(new CareerEntry(soldierId, event, caller.accountId(), clock.instant()));
        ledger.career(e);
        return item(tree, e, false);
    }

    /** Commanders over the soldier's unit and administrators, never for themselves, never under a hold. */
    private Soldier writable(Caller caller, UnitTree tree, long soldierId) {
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        Soldier s = readable(caller, tree, soldierId);
        scope.requireCanChange(caller, tree, s.getUnitId());
        if (!caller.has(Role.ADMIN) && Long.valueOf(soldierId).equals(caller.soldierId())) {
            throw new AccessDeniedException("error.selfChange", "soldier " + soldierId + " is the caller");
        }
        return s;
    }

    /** The soldier's career events, newest first. */
    public List<CareerItem> events(long soldierId, int offset, int limit) {
        Caller caller = callers.require();
        UnitTree tree = scope.tree();
        readable(caller, tree, soldierId);
        java.util.Set<Long> withdrawn = entries.withdrawnIds(soldierId);
        return entries.ofSoldier(soldierId, offset, limit).stream()
                .map(e -> item(tree, e, withdrawn.contains(e.getId())))
                .toList();
    }

    public long count(long soldierId) {
        Caller caller = callers.require();
        readable(caller, scope.tree(), soldierId);
        return entries.countOfSoldier(soldierId);
    }

    /** Whether the caller may record events for this soldier (to offer the button; {@link #record} checks again). */
    public boolean canRecord(long soldierId) {
        Caller caller = callers.require();
        if (!caller.hasAny(Role.ADMIN, Role.COMMANDER)) {
            return false;
        }
        if (!caller.has(Role.ADMIN) && Long.valueOf(soldierId).equals(caller.soldierId())) {
            return false;
        }
        UnitTree tree = scope.tree();
        return soldiers.find(soldierId)
                .filter(s -> scope.canSee(caller, tree, s))
                .map(s -> caller.has(Role.ADMIN)
                        || tree.subtreeIds(caller.commandedUnitIds()).contains(s.getUnitId()))
                .orElse(false);
    }

    /** Self, auditors, administrators and commanders over the soldier's unit; anyone else learns nothing. */
    private Soldier readable(Caller caller, UnitTree tree, long soldierId) {
        Soldier s = soldiers.find(soldierId).orElseThrow(() -> new NotFoundException("soldier " + soldierId));
        if (!scope.canSee(caller, tree, s)) {
            throw new NotFoundException("soldier " + soldierId);
        }
        return s;
    }

    private CareerItem item(UnitTree tree, CareerEntry e, boolean withdrawn) {
        CareerEvent event = e.event();
        String from = null;
        String to = null;
        if (event instanceof CareerEvent.Transfer t) {
            from = tree.path(t.fromUnitId());
            to = tree.path(t.toUnitId());
        }
        String by =
                accounts.find(e.getRecordedBy()).map(Account::getDisplayName).orElse("#" + e.getRecordedBy());
        return new CareerItem(e.getId(), e.getSoldierId(), event, from, to, by, e.getRecordedAt(), withdrawn);
    }
}
