package org.meritledger.rewards.redemption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.Checks;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.catalog.CatalogCard;
import org.meritledger.rewards.catalog.CatalogItem;
import org.meritledger.rewards.catalog.CatalogItems;
import org.meritledger.rewards.catalog.CatalogStock;
import org.meritledger.rewards.catalog.CatalogTerms;
import org.meritledger.rewards.catalog.LimitPeriod;
import org.meritledger.rewards.catalog.Visibility;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.rewards.movement.NewMovement;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Requesting catalog items and deciding requests (rules in {@link RedemptionRules}). Every step is
 * a step row and a ledger entry in one transaction, with the movement it needs (HOLD at the
 * request, RELEASE at a decline or cancel) written through {@link MovementWriter}.
 *
 * <p>Locks, always in this order so two transactions never wait on each other in a circle: the
 * request (deciding), the soldier (MovementWriter's lock, taken here first when requesting so the
 * available figure is read under it), the catalog item (its stock). Two requests of one soldier
 * (two tabs, two nodes) therefore queue on the soldier, two requests of one item on the item.
 */
@ApplicationScoped
@Transactional
public class RedemptionService {

    public static final int MAX_REASON = 500;

    private Requests requests;
    private Movements movements;
    private MovementWriter writer;
    private CatalogStock stock;
    private CatalogItems items;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private LedgerAppend ledger;
    private IntegrityGuard guard;
    private java.time.Clock clock;
    private Event<RequestChanged> changed;

    protected RedemptionService() {}

    @Inject
    public RedemptionService(
            Requests requests,
            Movements movements,
            MovementWriter writer,
            CatalogStock stock,
            CatalogItems items,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            LedgerAppend ledger,
            IntegrityGuard guard,
            java.time.Clock clock,
            Event<RequestChanged> changed) {
        this.requests = requests;
        this.movements = movements;
        this.writer = writer;
        this.stock = stock;
        this.items = items;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
        this.changed = changed;
    }

    // ---- the soldier

    public long request(long itemId) {
        return request(callers.require(), itemId);
    }

    /**
     * The caller requests one unit of an item for themself: its current price is held at once
     * and a unit of limited stock taken. Refused, with nothing written, for a discharged soldier,
     * a retired item or one not shown to the soldier's unit, no stock left, the limit reached, or
     * too few available tokens (the message says how many are available).
     *
     * @return the request's id
     */
    public long request(Caller caller, long itemId) {
        Long soldierId = caller.soldierId();
        if (soldierId == null) {
            throw new AccessDeniedException("error.redemption.notSoldier", caller.username() + " is no soldier");
        }
        guard.requireWritable();
        String status =
                movements.lockSoldier(soldierId).orElseThrow(() -> new NotFoundException("soldier " + soldierId));
        Soldier s = soldiers.find(soldierId).orElseThrow();
        CatalogItem item =
                stock.lockForRequest(itemId).orElseThrow(() -> new NotFoundException("catalog item " + itemId));
        CatalogTerms t = item.terms();
        Instant now = clock.instant();
        RedemptionRules.Refusal no = RedemptionRules.refusal(
                t.active(),
                Visibility.sees(t.visibleUnitId(), s.getUnitId(), scope.tree()),
                SoldierStatus.DISCHARGED.name().equals(status),
                t.tokenCost(),
                movements.balance(soldierId),
                t.stock(),
                t.limitCount(),
                used(soldierId, itemId, t.limitPeriod(), now));
        if (no != null) {
            throw new InvalidInputException(null, no.key(), no.args());
        }
        int revision = item.getRevision();
        boolean taken = stock.take(item, caller.accountId());
        RedemptionRequest r = requests.add(
                new RedemptionRequest(soldierId, itemId, revision, t.tokenCost(), taken, caller.accountId(), now));
        RecordedMovement hold = writer.write(new NewMovement(
                soldierId,
                MovementKind.HOLD,
                t.tokenCost(),
                null,
                t.nameEn() + " / " + t.nameZh(),
                null,
                "request:" + r.getId(),
                caller.accountId()));
        step(r, hold.id(), 1, RedemptionRules.initial(t.needsApproval()), null, hold.id(), caller.accountId(), now);
        return r.getId();
    }

    public void cancel(long requestId) {
        cancel(callers.require(), requestId);
    }

    /** The soldier takes back their own pending request: the hold is released, the stock given back. */
    public void cancel(Caller caller, long requestId) {
        guard.requireWritable();
        RedemptionRequest r = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request " + requestId));
        if (!r.getSoldierId().equals(caller.soldierId())) {
            throw new AccessDeniedException(
                    "error.redemption.notOwn", caller.username() + " may not cancel request " + requestId);
        }
        List<RedemptionStep> steps = requests.steps(requestId);
        RedemptionStep latest = steps.get(steps.size() - 1);
        if (latest.getState() != RequestState.PENDING) {
            throw new InvalidInputException(null, "validation.redemption.notPending");
        }
        release(caller, r, steps, RequestState.CANCELLED, null);
    }

    // ---- commanders of the soldier's unit chain and administrators

    public void approve(long requestId) {
        approve(callers.require(), requestId);
    }

    /** A pending request becomes ready to hand over. */
    public void approve(Caller caller, long requestId) {
        Decision d = decision(caller, requestId, RequestState.READY, "validation.redemption.notPending");
        step(
                d.request,
                d.holdId(),
                d.steps.size() + 1,
                RequestState.READY,
                null,
                null,
                caller.accountId(),
                clock.instant());
    }

    public void decline(long requestId, String reason) {
        decline(callers.require(), requestId, reason);
    }

    /** A pending (or ready, not yet handed over) request is refused with a reason the soldier sees; tokens and stock go back. */
    public void decline(Caller caller, long requestId, String reason) {
        Checks checks = new Checks();
        String r = checks.text("reason", reason, MAX_REASON);
        checks.throwIfAny();
        Decision d = decision(caller, requestId, RequestState.DECLINED, "validation.redemption.decided");
        release(caller, d.request, d.steps, RequestState.DECLINED, r);
    }

    public void fulfil(long requestId) {
        fulfil(callers.require(), requestId);
    }

    /** A ready request was handed over (who and when are the step's); its hold stays as the spend. */
    public void fulfil(Caller caller, long requestId) {
        Decision d = decision(caller, requestId, RequestState.FULFILLED, "validation.redemption.notReady");
        step(
                d.request,
                d.holdId(),
                d.steps.size() + 1,
                RequestState.FULFILLED,
                null,
                null,
                caller.accountId(),
                clock.instant());
    }

    private record Decision(RedemptionRequest request, List<RedemptionStep> steps) {
        Long holdId() {
            return steps.get(0).getMovementId();
        }
    }

    private Decision decision(Caller caller, long requestId, RequestState to, String notNowKey) {
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        guard.requireWritable();
        RedemptionRequest r = requests.lock(requestId).orElseThrow(() -> new NotFoundException("request " + requestId));
        Soldier s = soldiers.find(r.getSoldierId()).orElseThrow();
        if (!mayDecide(caller, s, scope.tree())) {
            throw new AccessDeniedException(
                    "error.redemption.notDecider", caller.username() + " may not decide request " + requestId);
        }
        List<RedemptionStep> steps = requests.steps(requestId);
        if (!RedemptionRules.mayMove(steps.get(steps.size() - 1).getState(), to)) {
            throw new InvalidInputException(null, notNowKey);
        }
        return new Decision(r, steps);
    }

    /** Administrators; commanders whose command holds the soldier's unit, never for their own request. */
    static boolean mayDecide(Caller caller, Soldier s, UnitTree tree) {
        if (s.getId().equals(caller.soldierId())) {
            return false;
        }
        if (caller.has(Role.ADMIN)) {
            return true;
        }
        return caller.has(Role.COMMANDER)
                && tree.subtreeIds(caller.commandedUnitIds()).contains(s.getUnitId());
    }

    private void release(
            Caller caller, RedemptionRequest r, List<RedemptionStep> steps, RequestState to, String reason) {
        Long holdId = steps.get(0).getMovementId();
        // the soldier, then the item, before the first ledger entry: the order a request takes
        // them in, so a decline and a request of the same item cannot wait on each other
        movements.lockSoldier(r.getSoldierId());
        if (r.isStockTaken()) {
            stock.lock(r.getItemId());
        }
        RecordedMovement back = writer.write(new NewMovement(
                r.getSoldierId(),
                MovementKind.RELEASE,
                r.getTokenCost(),
                null,
                reason,
                holdId,
                "request:" + r.getId(),
                caller.accountId()));
        if (r.isStockTaken()) {
            stock.giveBack(r.getItemId(), caller.accountId());
        }
        step(r, holdId, steps.size() + 1, to, reason, back.id(), caller.accountId(), clock.instant());
    }

    private void step(
            RedemptionRequest r,
            Long holdId,
            int no,
            RequestState state,
            String reason,
            Long movementId,
            Long by,
            Instant at) {
        RedemptionStep unsaved = new RedemptionStep(r.getId(), no, state, reason, movementId, by, at, 0);
        long seq = ledger.append(
                RedemptionRules.entryType(no, state),
                RedemptionStates.SUBJECT_PREFIX + r.getId(),
                RedemptionStates.of(r, holdId, unsaved));
        requests.addStep(new RedemptionStep(r.getId(), no, state, reason, movementId, by, at, seq));
        changed.fire(new RequestChanged(r.getId(), r.getSoldierId(), state.name(), r.getItemId()));
    }

    private long used(long soldierId, long itemId, LimitPeriod period, Instant now) {
        if (period == null) {
            return 0;
        }
        Instant[] w = RedemptionRules.window(period, now);
        return requests.countTowardsLimit(soldierId, itemId, w[0], w[1]);
    }

    // ---- reading

    /** The caller's own tokens: available and held. */
    public TokenFigures myFigures() {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return Offer.NONE.figures();
        }
        return figures(caller.soldierId());
    }

    private TokenFigures figures(long soldierId) {
        return new TokenFigures(movements.balance(soldierId), requests.held(soldierId));
    }

    /** What the caller could request of these cards right now (the Request buttons); the request checks again. */
    public Offer offer(List<CatalogCard> cards) {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return Offer.NONE;
        }
        Soldier s = soldiers.find(caller.soldierId()).orElse(null);
        if (s == null) {
            return Offer.NONE;
        }
        TokenFigures f = figures(s.getId());
        Instant now = clock.instant();
        Map<Long, Long> used = new HashMap<>();
        Map<Long, RedemptionRules.Refusal> refusals = new HashMap<>();
        for (CatalogCard c : cards) {
            long n = used(s.getId(), c.id(), c.limitPeriod(), now);
            used.put(c.id(), n);
            RedemptionRules.Refusal no = RedemptionRules.refusal(
                    true,
                    true,
                    s.getStatus() == SoldierStatus.DISCHARGED,
                    c.tokenCost(),
                    f.available(),
                    c.stock(),
                    c.limitCount(),
                    n);
            if (no != null) {
                refusals.put(c.id(), no);
            }
        }
        return new Offer(f, used, refusals);
    }

    /** The caller's own requests, newest first. */
    public List<RequestRow> mine(int offset, int limit) {
        Caller caller = callers.require();
        if (caller.soldierId() == null) {
            return List.of();
        }
        UnitTree tree = scope.tree();
        Map<Long, String> names = new HashMap<>();
        return requests.ofSoldier(caller.soldierId(), offset, limit).stream()
                .map(c -> row(caller, tree, c, names))
                .toList();
    }

    public long countMine() {
        Caller caller = callers.require();
        return caller.soldierId() == null ? 0 : requests.countOfSoldier(caller.soldierId());
    }

    /**
     * Requests in the caller's scope, pending first: administrators and auditors every soldier's,
     * commanders their command's.
     */
    public List<RequestRow> queue(int offset, int limit) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        UnitTree tree = scope.tree();
        Set<Long> units = scope.visibleUnitIds(caller, tree);
        Map<Long, String> names = new HashMap<>();
        return requests.queue(units, offset, limit).stream()
                .map(c -> row(caller, tree, c, names))
                .toList();
    }

    public long countQueue() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        return requests.countQueue(scope.visibleUnitIds(caller, scope.tree()));
    }

    private RequestRow row(Caller caller, UnitTree tree, Requests.Current c, Map<Long, String> names) {
        RedemptionRequest r = c.request();
        RedemptionStep latest = c.latest();
        Soldier s = soldiers.find(r.getSoldierId()).orElseThrow();
        CatalogTerms t = items.find(r.getItemId()).map(CatalogItem::terms).orElse(null);
        boolean decidable =
                latest.getState().holds() && caller.hasAny(Role.ADMIN, Role.COMMANDER) && mayDecide(caller, s, tree);
        return new RequestRow(
                r.getId(),
                s.getId(),
                s.getServiceNumber() + " " + s.getGivenName() + " " + s.getFamilyName(),
                r.getItemId(),
                t == null ? "#" + r.getItemId() : t.nameEn(),
                t == null ? "#" + r.getItemId() : t.nameZh(),
                r.getTokenCost(),
                latest.getState(),
                r.getRequestedAt(),
                latest.getChangedAt(),
                latest.getStep() == 1 || latest.getChangedBy() == null ? null : name(names, latest.getChangedBy()),
                latest.getReason(),
                decidable,
                latest.getState() == RequestState.PENDING && s.getId().equals(caller.soldierId()));
    }

    private String name(Map<Long, String> names, long accountId) {
        return names.computeIfAbsent(
                accountId, id -> accounts.find(id).map(Account::getDisplayName).orElse("#" + id));
    }
}
