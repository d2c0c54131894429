package org.meritledger.rewards.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.RewardSettings;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.category.Categories;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.category.Purpose;
import org.meritledger.rewards.movement.Amounts;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.NewMovement;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Awards and deductions by commanders, for soldiers of units they command (and below), never
 * for themselves. Everything is checked before anything is written, and all soldiers' movements
 * are one transaction: either every chosen soldier gets the award or none does.
 */
@ApplicationScoped
@Transactional
public class AwardService {

    public static final int MAX_REASON = 500;

    private MovementWriter writer;
    private BudgetService budgets;
    private Categories categories;
    private Soldiers soldiers;
    private PersonnelScope scope;
    private CallerProvider callers;
    private IntegrityGuard guard;
    private RewardSettings settings;

    protected AwardService() {}

    @Inject
    public AwardService(
            MovementWriter writer,
            BudgetService budgets,
            Categories categories,
            Soldiers soldiers,
            PersonnelScope scope,
            CallerProvider callers,
            IntegrityGuard guard,
            RewardSettings settings) {
        this.writer = writer;
        this.budgets = budgets;
        this.categories = categories;
        this.soldiers = soldiers;
        this.scope = scope;
        this.callers = callers;
        this.guard = guard;
        this.settings = settings;
    }

    public List<RecordedMovement> award(MovementDraft draft) {
        return award(callers.require(), draft);
    }

    public List<RecordedMovement> deduct(MovementDraft draft) {
        return deduct(callers.require(), draft);
    }

    /** As {@link #award(MovementDraft)}, for a caller established by the server itself (demo data). */
    public List<RecordedMovement> award(Caller caller, MovementDraft draft) {
        Checked c = check(caller, draft, Purpose.AWARD);
        // the budget is taken after every other check, under the commander's lock
        budgets.take(caller, c.amount * c.soldierIds.size());
        return write(caller, c, MovementKind.AWARD);
    }

    public List<RecordedMovement> deduct(Caller caller, MovementDraft draft) {
        Checked c = check(caller, draft, Purpose.DEDUCTION);
        return write(caller, c, MovementKind.DEDUCTION); // deductions never use the allowance
    }

    /** Whether the caller may award and deduct at all (to offer the buttons; every call checks again). */
    public boolean canGive() {
        return callers.current().map(c -> c.has(Role.COMMANDER)).orElse(false);
    }

    /** The largest amount one movement may carry (the dialogs say so). */
    public int maxAmount() {
        return settings.maxAmount();
    }

    private record Checked(Set<Long> soldierIds, long amount, long categoryId, String reason) {}

    private Checked check(Caller caller, MovementDraft draft, Purpose purpose) {
        PersonnelScope.requireAny(caller, Role.COMMANDER);
        guard.requireWritable();
        Checks checks = new Checks();
        Set<Long> ids = new TreeSet<>(); // ascending: soldiers are locked in one order, so awards never deadlock
        if (draft.soldierIds() != null) {
            draft.soldierIds().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
        }
        if (ids.isEmpty()) {
            checks.fail("soldierIds", "validation.rewards.soldiers.required");
        }
        Amounts.Parsed amount = Amounts.parse(draft.amount(), settings.maxAmount());
        if (!amount.ok()) {
            checks.fail("amount", amount.problemKey(), settings.maxAmount());
        }
        if (draft.categoryId() == null) {
            checks.fail("categoryId", "validation.required");
        } else {
            CategoryService.requireUsable(categories.find(draft.categoryId()), purpose, checks);
        }
        String reason = checks.text("reason", draft.reason(), MAX_REASON);
        UnitTree tree = scope.tree();
        Set<Long> commanded = tree.subtreeIds(caller.commandedUnitIds());
        java.util.Map<Long, Soldier> found = new java.util.HashMap<>();
        soldiers.findAll(ids).forEach(s -> found.put(s.getId(), s));
        for (Long id : ids) {
            Soldier s = found.get(id);
            if (s == null) {
                throw new NotFoundException("soldier " + id);
            }
            if (!commanded.contains(s.getUnitId())) {
                throw new AccessDeniedException(
                        "error.outOfScope", "soldier " + id + " is outside the command of " + caller.username());
            }
            if (id.equals(caller.soldierId())) {
                throw new AccessDeniedException("error.selfChange", "soldier " + id + " is the caller");
            }
            if (s.getStatus() == SoldierStatus.DISCHARGED) {
                checks.fail("soldierIds", "validation.rewards.discharged");
            }
        }
        checks.throwIfAny();
        return new Checked(ids, amount.value(), draft.categoryId(), reason);
    }

    private List<RecordedMovement> write(Caller caller, Checked c, MovementKind kind) {
        List<NewMovement> all = new ArrayList<>();
        for (long id : c.soldierIds) {
            all.add(new NewMovement(id, kind, c.amount, c.categoryId, c.reason, null, null, caller.accountId()));
        }
        return writer.writeAll(all); // a platoon's award: one batch, not one round trip per soldier
    }
}
