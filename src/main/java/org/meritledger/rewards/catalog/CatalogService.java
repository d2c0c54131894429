package org.meritledger.rewards.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * The reward catalog. Administrators create, edit, retire and reactivate items; commanders and
 * auditors read the whole catalog; a soldier sees the active items shown to their unit (or to a
 * unit above it, or to everyone). Every change, a new price included, is a new revision: the
 * item row, a version row and a ledger entry with the item's full state, in one transaction.
 */
@ApplicationScoped
@Transactional
public class CatalogService {

    /** A catalog is a short list (tens of items); a soldier's page shows at most this many. */
    static final int OFFER_MAX = 200;

    private CatalogItems items;
    private CatalogVersions versions;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private CatalogLedger ledger;
    private Clock clock;

    protected CatalogService() {}

    @Inject
    public CatalogService(
            CatalogItems items,
            CatalogVersions versions,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            CatalogLedger ledger,
            Clock clock) {
        this.items = items;
        this.versions = versions;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.clock = clock;
    }

    // ---- reading the whole catalog: administrators, commanders, auditors

    public List<CatalogItemRow> page(boolean includeRetired, PageRequest page) {
        requireReader();
        UnitTree tree = scope.tree();
        return items.page(includeRetired, page).stream().map(i -> row(tree, i)).toList();
    }

    public long count(boolean includeRetired) {
        requireReader();
        return items.count(includeRetired);
    }

    public CatalogItemRow get(long id) {
        requireReader();
        return row(scope.tree(), find(id));
    }

    /** Every revision of an item, newest first, each with what changed from the one before. */
    public List<CatalogVersionRow> history(long id) {
        requireReader();
        find(id);
        UnitTree tree = scope.tree();
        List<CatalogItemVersion> all = versions.ofItem(id);
        List<CatalogVersionRow> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            CatalogItemVersion v = all.get(i);
            List<CatalogTerms.Change> changes =
                    i + 1 < all.size() ? v.terms().changesFrom(all.get(i + 1).terms()) : List.of();
            String by = v.getChangedBy() == null
                    ? null
                    : accounts.find(v.getChangedBy())
                            .map(Account::getDisplayName)
                            .orElse("#" + v.getChangedBy());
            out.add(new CatalogVersionRow(
                    v.getRevision(), v.getChange(), v.getChangedAt(), by, v.getLedgerSeq(), v.terms(), changes));
        }
        return out;
    }

    /** A change of the visible unit names the units by path (ids mean nothing to a reader). */
    private static CatalogTerms.Change readable(UnitTree tree, CatalogTerms.Change c) {
        if (!"visibleUnitId".equals(c.field())) {
            return c;
        }
        return new CatalogTerms.Change(c.field(), unitPath(tree, c.before()), unitPath(tree, c.after()));
    }

    private static String unitPath(UnitTree tree, String id) {
        return id.isEmpty() ? "" : tree.path(Long.parseLong(id));
    }

    /** The units an item can be shown to, depth-first, for the editor. */
    public List<CatalogUnit> unitChoices() {
        requireReader();
        UnitTree tree = scope.tree();
        List<CatalogUnit> out = new ArrayList<>();
        for (OrgUnit root : tree.roots()) {
            walk(tree, root, out);
        }
        return out;
    }

    private void walk(UnitTree tree, OrgUnit u, List<CatalogUnit> out) {
        out.add(new CatalogUnit(u.getId(), tree.path(u.getId())));
        for (OrgUnit c : tree.childrenOf(u.getId())) {
            walk(tree, c, out);
        }
    }

    // ---- what a soldier is offered

    /**
     * The active items shown to the caller's unit, cheapest first. Anyone linked to a soldier
     * asks for themself (commanders too); an account without a soldier is offered nothing.
     */
    public List<CatalogCard> offeredToMe() {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return List.of();
        }
        return soldiers.find(caller.soldierId())
                .map(s -> items.offeredTo(Visibility.rootsSeenFrom(s.getUnitId(), scope.tree()), OFFER_MAX).stream()
                        .map(CatalogCard::of)
                        .toList())
                .orElse(List.of());
    }

    // ---- changes: administrators only, never under an integrity hold

    public CatalogItemRow create(CatalogDraft draft) {
        Caller caller = requireAdmin();
        return created(draft, caller.accountId());
    }

    /**
     * Stores the draft as the item's next revision. {@code expectedRevision} is the revision the
     * editor started from: if someone changed the item meanwhile, nothing is stored and the
     * editor is told so, rather than one administrator quietly undoing another's change.
     */
    public CatalogItemRow update(long id, int expectedRevision, CatalogDraft draft) {
        Caller caller = requireAdmin();
        CatalogItem item = items.lockForChange(id).orElseThrow(() -> new NotFoundException("catalog item " + id));
        if (item.getRevision() != expectedRevision) {
            throw new InvalidInputException(null, "validation.catalog.stale", item.getRevision());
        }
        UnitTree tree = scope.tree();
        CatalogTerms next = CatalogRules.check(draft, tree::contains, item.isActive());
        if (next.equals(item.terms())) {
            throw new InvalidInputException(null, "validation.catalog.unchanged");
        }
        return change(tree, item, next, ChangeKind.UPDATED, caller.accountId());
    }

    /** Retired items are offered to nobody; their history and (later) their requests stay. */
    public CatalogItemRow retire(long id) {
        return setActive(id, false);
    }

    public CatalogItemRow reactivate(long id) {
        return setActive(id, true);
    }

    private CatalogItemRow setActive(long id, boolean active) {
        Caller caller = requireAdmin();
        CatalogItem item = items.lockForChange(id).orElseThrow(() -> new NotFoundException("catalog item " + id));
        if (item.isActive() == active) {
            throw new InvalidInputException(
                    null, active ? "validation.catalog.alreadyActive" : "validation.catalog.alreadyRetired");
        }
        return change(
                scope.tree(),
                item,
                item.terms().withActive(active),
                active ? ChangeKind.REACTIVATED : ChangeKind.RETIRED,
                caller.accountId());
    }

    /** Demo data: the same checks and records as {@link #create}, made by the system (no caller at start-up). */
    CatalogItemRow createAsSystem(CatalogDraft draft) {
        return created(draft, null);
    }

    private CatalogItemRow created(CatalogDraft draft, Long by) {
        ledger.requireWritable();
        UnitTree tree = scope.tree();
        CatalogItem item = items.store(new CatalogItem(CatalogRules.check(draft, tree::contains, true)));
        long seq = ledger.item(ChangeKind.CREATED, item);
        versions.add(new CatalogItemVersion(item, ChangeKind.CREATED, by, clock.instant(), seq));
        return row(tree, item);
    }

    private CatalogItemRow change(UnitTree tree, CatalogItem item, CatalogTerms next, ChangeKind kind, long by) {
        item.revise(next);
        CatalogItem saved = items.store(item);
        long seq = ledger.item(kind, saved);
        versions.add(new CatalogItemVersion(saved, kind, by, clock.instant(), seq));
        return row(tree, saved);
    }

    private Caller requireAdmin() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN);
        ledger.requireWritable();
        return caller;
    }

    private void requireReader() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.COMMANDER, Role.AUDITOR);
    }

    private CatalogItem find(long id) {
        return items.find(id).orElseThrow(() -> new NotFoundException("catalog item " + id));
    }

    private static CatalogItemRow row(UnitTree tree, CatalogItem item) {
        CatalogTerms t = item.terms();
        String path = t.visibleUnitId() == null ? null : tree.path(t.visibleUnitId());
        return new CatalogItemRow(item.getId(), item.getRevision(), t, path);
    }
}
