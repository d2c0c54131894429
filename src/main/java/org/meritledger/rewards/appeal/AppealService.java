package org.meritledger.rewards.appeal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.RewardSettings;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.rewards.movement.NewMovement;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/** Filing and deciding appeals of deductions (rules in {@link AppealRules}); every step a ledger entry. */
@ApplicationScoped
@Transactional
public class AppealService {

    public static final int MAX_TEXT = 1000;
    public static final int MAX_REASON = 500;

    private Appeals appeals;
    private Movements movements;
    private MovementWriter writer;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private LedgerAppend ledger;
    private IntegrityGuard guard;
    private RewardSettings settings;
    private Clock clock;
    private Event<AppealDecided> decided;

    protected AppealService() {}

    @Inject
    public AppealService(
            Appeals appeals,
            Movements movements,
            MovementWriter writer,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            LedgerAppend ledger,
            IntegrityGuard guard,
            RewardSettings settings,
            Clock clock,
            Event<AppealDecided> decided) {
        this.appeals = appeals;
        this.movements = movements;
        this.writer = writer;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
        this.decided = decided;
    }

    public long file(long movementId, String text) {
        return file(callers.require(), movementId, text);
    }

    /** The soldier appeals one of their own deductions; returns the appeal's id. */
    public long file(Caller caller, long movementId, String text) {
        guard.requireWritable();
        Movement m = movements.find(movementId).orElseThrow(() -> new NotFoundException("movement " + movementId));
        if (!m.getSoldierId().equals(caller.soldierId())) {
            // only the soldier themself appeals; anyone else learns nothing about the movement
            throw new NotFoundException("movement " + movementId);
        }
        Checks checks = new Checks();
        String t = checks.text("text", text, MAX_TEXT);
        String problem = AppealRules.fileProblem(
                m.getKind(),
                appeals.ofMovement(movementId).isPresent(),
                movements.reversalOf(movementId).isPresent(),
                m.getRecordedAt(),
                clock.instant(),
                settings.appealWindow());
        if (problem != null) {
            checks.fail(null, problem, settings.appealWindow().toDays());
        }
        checks.throwIfAny();
        Appeal a = appeals.add(new Appeal(movementId, m.getSoldierId(), t, clock.instant()));
        ledger.append("rewards.appeal.filed", "reward-appeal:" + a.getId(), AppealStates.of(a));
        return a.getId();
    }

    public void decide(long appealId, AppealState outcome, String reason) {
        decide(callers.require(), appealId, outcome, reason);
    }

    /** Upholds or reverses a pending appeal, with a reason; a reversal restores the tokens by a linked movement. */
    public void decide(Caller caller, long appealId, AppealState outcome, String reason) {
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.COMMANDER);
        guard.requireWritable();
        Appeal a = appeals.lock(appealId).orElseThrow(() -> new NotFoundException("appeal " + appealId));
        Movement m = movements.find(a.getMovementId()).orElseThrow();
        UnitTree tree = scope.tree();
        Soldier s = soldiers.find(a.getSoldierId()).orElseThrow();
        if (!scope.canSee(caller, tree, s)
                || caller.soldierId() != null && caller.soldierId().equals(s.getId())) {
            throw new NotFoundException("appeal " + appealId);
        }
        if (!mayDecide(caller, m, s, tree)) {
            throw new AccessDeniedException(
                    "error.rewards.appeal.notDecider", caller.username() + " may not decide appeal " + appealId);
        }
        Checks checks = new Checks();
        if (outcome == null || outcome == AppealState.PENDING) {
            checks.fail("outcome", "validation.required");
        }
        String r = checks.text("reason", reason, MAX_REASON);
        if (a.getState() != AppealState.PENDING) {
            checks.fail(null, "validation.rewards.appeal.decided");
        }
        checks.throwIfAny();
        Long reversal = null;
        if (outcome == AppealState.REVERSED) {
            reversal = writer.write(NewMovement.reversal(m, r, "appeal:" + a.getId(), caller.accountId()))
                    .id();
        }
        a.decide(outcome, caller.accountId(), clock.instant(), r, reversal);
        long seq = ledger.append("rewards.appeal.decided", "reward-appeal:" + a.getId(), AppealStates.of(a));
        decided.fire(new AppealDecided(a.getId(), s.getId(), m.getId(), outcome, r, seq, m.getAmount(), reversal));
    }

    /** Pending (or decided) appeals the caller may see: administrators and auditors all, commanders their command's. */
    public List<AppealRow> queue(boolean pending, int offset, int limit) {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR, Role.COMMANDER);
        UnitTree tree = scope.tree();
        Set<Long> visible = scope.visibleUnitIds(caller, tree);
        // the queue is short (appeals are rare and decided within days); filtered after reading
        List<Appeal> all = pending ? appeals.pending(0, 2000) : appeals.decided(0, 2000);
        return all.stream()
                .map(a -> row(caller, tree, visible, a))
                .filter(java.util.Objects::nonNull)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    public long count(boolean pending) {
        return queue(pending, 0, Integer.MAX_VALUE).size();
    }

    private AppealRow row(Caller caller, UnitTree tree, Set<Long> visible, Appeal a) {
        Soldier s = soldiers.find(a.getSoldierId()).orElse(null);
        if (s == null || visible != null && !visible.contains(s.getUnitId())) {
            return null;
        }
        Movement m = movements.find(a.getMovementId()).orElseThrow();
        boolean decidable = a.getState() == AppealState.PENDING
                && caller.hasAny(Role.ADMIN, Role.COMMANDER)
                && !s.getId().equals(caller.soldierId())
                && mayDecide(caller, m, s, tree);
        return new AppealRow(
                a.getId(),
                m.getId(),
                s.getId(),
                s.getServiceNumber() + " " + s.getGivenName() + " " + s.getFamilyName(),
                m.getAmount(),
                m.getCategoryId(),
                m.getReason(),
                name(m.getRecordedBy()),
                m.getRecordedAt(),
                a.getText(),
                a.getFiledAt(),
                a.getState(),
                a.getDecidedBy() == null ? null : name(a.getDecidedBy()),
                a.getDecisionReason(),
                decidable);
    }

    private boolean mayDecide(Caller caller, Movement m, Soldier s, UnitTree tree) {
        Integer deductorDepth = null;
        if (m.getRecordedBy() != null) {
            deductorDepth = accounts.find(m.getRecordedBy())
                    .map(Account::getCommandedUnitIds)
                    .map(units -> depthOver(units, s.getUnitId(), tree))
                    .orElse(null);
        }
        Integer deciderDepth =
                caller.has(Role.COMMANDER) ? depthOver(caller.commandedUnitIds(), s.getUnitId(), tree) : null;
        return AppealRules.mayDecide(
                caller.has(Role.ADMIN), caller.accountId(), m.getRecordedBy(), deciderDepth, deductorDepth);
    }

    /** Depth of the highest of these units that has the soldier's unit in its subtree, or null. */
    static Integer depthOver(Collection<Long> units, long soldierUnit, UnitTree tree) {
        Integer best = null;
        for (Long u : units) {
            if (tree.contains(u) && tree.subtreeIds(List.of(u)).contains(soldierUnit)) {
                int d = tree.depth(u);
                best = best == null ? d : Math.min(best, d);
            }
        }
        return best;
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(Account::getDisplayName).orElse("#" + accountId);
    }
}
