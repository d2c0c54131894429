package org.meritledger.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.events.SoldierStatusChanged;
import org.meritledger.personnel.events.SoldierTransferred;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Soldiers: administrators keep the register; commanders read and change soldiers of the units
 * they command; auditors read everything; a soldier reads only themself.
 */
@ApplicationScoped
@Transactional
public class SoldierService {

    /** Letters, digits and hyphens; stored upper-case so "a-1" and "A-1" cannot both exist. */
    private Soldiers soldiers;

    private PersonnelScope scope;
    private CallerProvider callers;
    private PersonnelLedger ledger;
    private Event<SoldierTransferred> transferred;
    private Event<SoldierStatusChanged> statusChanged;

    protected SoldierService() {}

    @Inject
    public SoldierService(
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            PersonnelLedger ledger,
            Event<SoldierTransferred> transferred,
            Event<SoldierStatusChanged> statusChanged) {
        this.transferred = transferred;
        this.statusChanged = statusChanged;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
    }

    public List<SoldierRow> page(SoldierFilter filter, PageRequest page) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        UnitTree tree = scope.tree();
        return soldiers.page(filter, unitRestriction(caller, tree, filter), page).stream()
                .map(s -> row(tree, s))
                .toList();
    }

    public long count(SoldierFilter filter) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        UnitTree tree = scope.tree();
        return soldiers.count(filter, unitRestriction(caller, tree, filter));
    }

    /** The caller's scope narrowed by the filter's unit (which includes the units below it). */
    private Set<Long> unitRestriction(Caller caller, UnitTree tree, SoldierFilter filter) {
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        if (filter.unitId() == null) {
            return visible;
        }
        Set<Long> chosen = new java.util.LinkedHashSet<>(tree.subtreeIds(List.of(filter.unitId())));
        if (visible != null) {
            chosen.retainAll(visible);
        }
        return chosen;
    }

    public SoldierRow get(long id) {
        Caller caller = callers.require();
        UnitTree tree = scope.tree();
        Soldier s = soldiers.find(id).orElseThrow(() -> new NotFoundException("soldier " + id));
        if (!scope.canSee(caller, tree, s)) {
            // Same answer as "does not exist": a commander learns nothing about other units.
            throw new NotFoundException("soldier " + id);
        }
        return row(tree, s);
    }

    /** The caller's own soldier record, if their account is linked to one. */
    public Optional<SoldierRow> me() {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return Optional.empty();
        }
        UnitTree tree = scope.tree();
        return soldiers.find(caller.soldierId()).map(s -> row(tree, s));
    }

    public SoldierRow create(SoldierDraft draft) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        Draft d = validate(draft, null, tree);
        Soldier s =
                soldiers.store(new Soldier(d.serviceNumber, d.familyName, d.givenName, draft.rank(), draft.unitId()));
        if (draft.status() != null && draft.status() != SoldierStatus.ACTIVE) {
            s.update(d.serviceNumber, d.familyName, d.givenName, draft.rank(), draft.unitId(), draft.status());
            soldiers.store(s);
        }
        ledger.soldier("created", s);
        return row(tree, s);
    }

    public SoldierRow update(long id, SoldierDraft draft) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        Soldier s = soldiers.find(id).orElseThrow(() -> new NotFoundException("soldier " + id));
        if (!scope.canSee(caller, tree, s)) {
            throw new NotFoundException("soldier " + id);
        }
        scope.requireCanChange(caller, tree, s.getUnitId());
        if (!caller.has(Role.ADMIN) && Long.valueOf(id).equals(caller.soldierId())) {
            // Nobody promotes or moves themself; another commander or an administrator does it.
            throw new AccessDeniedException("error.selfChange", "soldier " + id + " is the caller");
        }
        Draft d = validate(draft, id, tree);
        if (draft.unitId() != null) {
            scope.requireCanChange(caller, tree, draft.unitId());
        }
        long fromUnit = s.getUnitId();
        SoldierStatus fromStatus = s.getStatus();
        s.update(
                d.serviceNumber,
                d.familyName,
                d.givenName,
                draft.rank(),
                draft.unitId(),
                draft.status() == null ? s.getStatus() : draft.status());
        soldiers.store(s);
        long seq = ledger.soldier("updated", s);
        // other features react in this transaction (the career event that moved the soldier included)
        if (fromUnit != s.getUnitId()) {
            transferred.fire(new SoldierTransferred(s.getId(), fromUnit, s.getUnitId(), seq));
        }
        if (fromStatus != s.getStatus()) {
            statusChanged.fire(new SoldierStatusChanged(s.getId(), fromStatus, s.getStatus(), seq));
        }
        return row(tree, s);
    }

    private record Draft(String serviceNumber, String familyName, String givenName) {}

    private Draft validate(SoldierDraft d, Long selfId, UnitTree tree) {
        Checks c = new Checks();
        String sn = c.text("serviceNumber", d.serviceNumber(), InputRules.SERVICE_NUMBER)
                .toUpperCase(Locale.ROOT);
        String family = c.text("familyName", d.familyName(), InputRules.PERSON_NAME);
        String given = c.text("givenName", d.givenName(), InputRules.PERSON_NAME);
        c.required("rank", d.rank());
        if (c.required("unitId", d.unitId()) != null) {
            OrgUnit unit = tree.get(d.unitId());
            if (unit == null) {
                c.fail("unitId", "validation.unit.unknown");
            } else if (!unit.isActive()) {
                c.fail("unitId", "validation.unit.inactive");
            }
        }
        if (c.ok("serviceNumber")) {
            soldiers.findByServiceNumber(sn)
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> c.fail("serviceNumber", "validation.soldier.serviceNumber.taken", sn));
        }
        c.throwIfAny();
        return new Draft(sn, family, given);
    }

    /** The read model of a soldier, for this feature's services and for others that list soldiers. */
    public static SoldierRow row(UnitTree tree, Soldier s) {
        return new SoldierRow(
                s.getId(),
                s.getServiceNumber(),
                s.getFamilyName(),
                s.getGivenName(),
                s.getRank(),
                s.getUnitId(),
                tree.path(s.getUnitId()),
                s.getStatus());
    }

    /** For other services of this feature: the entity, already scope-checked. */
    Soldier requireVisible(Caller caller, long id) {
        Soldier s = soldiers.find(id).orElseThrow(() -> new NotFoundException("soldier " + id));
        if (!scope.canSee(caller, scope.tree(), s)) {
            throw new AccessDeniedException("error.outOfScope", "soldier " + id);
        }
        return s;
    }
}
