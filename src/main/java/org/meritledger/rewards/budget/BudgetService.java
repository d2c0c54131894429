package org.meritledger.rewards.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.meritledger.base.Checks;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.movement.Amounts;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Commander budgets. A commander's monthly allowance is their own override if an administrator
 * set one, otherwise the allowance of the highest unit level they command (a company commander
 * gets the company level's). Awards take from it ({@link #take}); deductions and rule awards do
 * not. Administrators set levels and overrides and add top-ups; auditors read.
 */
@ApplicationScoped
@Transactional
public class BudgetService {

    /** Largest allowance or top-up an administrator may enter. */
    public static final long MAX_BUDGET = 1_000_000;

    private Budgets budgets;
    private Movements movements;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private LedgerAppend ledger;
    private IntegrityGuard guard;
    private Clock clock;

    protected BudgetService() {}

    @Inject
    public BudgetService(
            Budgets budgets,
            Movements movements,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            LedgerAppend ledger,
            IntegrityGuard guard,
            Clock clock) {
        this.budgets = budgets;
        this.movements = movements;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /** The calling commander's budget this period (the Award dialog shows what remains). */
    public BudgetFigures mine() {
        Caller caller = callers.require();
        PersonnelScope.requireAny(caller, Role.COMMANDER);
        return figures(caller.accountId(), caller.commandedUnitIds(), scope.tree());
    }

    /**
     * Takes {@code total} from the commander's remaining allowance in the caller's transaction, or
     * refuses with what remains. The commander's account row is locked first, so a second award
     * from the same budget waits here until the first commits and then sees its use.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(Caller commander, long total) {
        budgets.lockCommander(commander.accountId());
        BudgetFigures f = figures(commander.accountId(), commander.commandedUnitIds(), scope.tree());
        if (total > f.remaining()) {
            throw new InvalidInputException("amount", "validation.rewards.budget.exceeded", f.remaining());
        }
    }

    /** Levels 0..deepest unit depth, with their allowance if set. */
    public List<LevelRow> levels() {
        requireReader();
        UnitTree tree = scope.tree();
        int deepest = 0;
        for (var u : tree.roots()) {
            deepest = Math.max(deepest, deepest(tree, u.getId(), 0));
        }
        Map<Integer, Long> set = new TreeMap<>();
        budgets.levels().forEach(l -> set.put(l.getDepth(), l.getAllowance()));
        List<LevelRow> out = new ArrayList<>();
        for (int d = 0;
                d
                        <= Math.max(
                                deepest,
                                set.keySet().stream().mapToInt(i -> i).max().orElse(0));
                d++) {
            out.add(new LevelRow(d, set.get(d)));
        }
        return out;
    }

    public LevelRow setLevel(int depth, String allowanceText) {
        return setLevel(callers.require(), depth, allowanceText);
    }

    /** As {@link #setLevel(int, String)}, for a caller established by the server itself (demo data). */
    public LevelRow setLevel(Caller caller, int depth, String allowanceText) {
        requireAdmin(caller);
        long allowance = allowance("allowance", allowanceText);
        if (depth < 0 || depth > 50) {
            throw new InvalidInputException("depth", "validation.rewards.budget.depth");
        }
        BudgetLevel l = budgets.level(depth).orElse(null);
        if (l == null) {
            l = budgets.addLevel(new BudgetLevel(depth, allowance));
        } else {
            l.change(allowance);
        }
        ledger.append(
                "rewards.budget.level",
                "reward-budget-level:" + depth,
                BudgetStates.level(depth, l.getAllowance(), l.getVersion()));
        return new LevelRow(depth, l.getAllowance());
    }

    /** Every commander with their budget this period. */
    public List<OverrideRow> commanders() {
        requireReader();
        UnitTree tree = scope.tree();
        List<OverrideRow> out = new ArrayList<>();
        for (Account a : commanderAccounts()) {
            Long own = budgets.override(a.getId())
                    .map(BudgetOverride::getAllowance)
                    .orElse(null);
            out.add(new OverrideRow(
                    a.getId(),
                    a.getUsername(),
                    a.getDisplayName(),
                    own,
                    figures(a.getId(), a.getCommandedUnitIds(), tree)));
        }
        out.sort(Comparator.comparing(OverrideRow::username));
        return out;
    }

    /** Sets a commander's own allowance; blank text removes it (the level's applies again). */
    public void setOverride(long accountId, String allowanceText) {
        requireAdmin();
        commander(accountId);
        Long allowance =
                allowanceText == null || allowanceText.isBlank() ? null : allowance("allowance", allowanceText);
        BudgetOverride o = budgets.override(accountId).orElse(null);
        if (o == null) {
            o = budgets.addOverride(new BudgetOverride(accountId, allowance));
        } else {
            o.change(allowance);
        }
        ledger.append(
                "rewards.budget.override",
                "reward-budget-override:" + accountId,
                BudgetStates.override(accountId, o.getAllowance(), o.getVersion()));
    }

    /** Adds allowance to one commander for the current period, with a reason. */
    public TopUpRow topUp(long accountId, String amountText, String reasonText) {
        Caller caller = requireAdmin();
        Account a = commander(accountId);
        Checks checks = new Checks();
        Amounts.Parsed amount = Amounts.parse(amountText, MAX_BUDGET);
        if (!amount.ok()) {
            checks.fail("amount", amount.problemKey(), MAX_BUDGET);
        }
        String reason = checks.text("reason", reasonText, 500);
        checks.throwIfAny();
        String period = BudgetPeriod.of(clock.instant()).code();
        TopUp t = budgets.addTopUp(
                new TopUp(accountId, period, amount.value(), reason, caller.accountId(), clock.instant()));
        ledger.append("rewards.budget.topup", "reward-budget-topup:" + t.getId(), BudgetStates.of(t));
        return row(t, a);
    }

    /** This period's top-ups, newest first. */
    public List<TopUpRow> topUps() {
        requireReader();
        return budgets.topUps(BudgetPeriod.of(clock.instant()).code(), 200).stream()
                .map(t -> row(t, accounts.find(t.getAccountId()).orElse(null)))
                .toList();
    }

    private TopUpRow row(TopUp t, Account commander) {
        String by =
                accounts.find(t.getRecordedBy()).map(Account::getDisplayName).orElse("#" + t.getRecordedBy());
        return new TopUpRow(
                t.getId(),
                commander == null ? "#" + t.getAccountId() : commander.getDisplayName(),
                t.getPeriod(),
                t.getAmount(),
                t.getReason(),
                by,
                t.getRecordedAt());
    }

    BudgetFigures figures(long accountId, Collection<Long> commandedUnitIds, UnitTree tree) {
        BudgetPeriod period = BudgetPeriod.of(clock.instant());
        Long own = budgets.override(accountId).map(BudgetOverride::getAllowance).orElse(null);
        long allowance;
        if (own != null) {
            allowance = own;
        } else {
            int top = Integer.MAX_VALUE;
            for (Long u : commandedUnitIds) {
                if (tree.contains(u)) {
                    top = Math.min(top, tree.depth(u));
                }
            }
            allowance = top == Integer.MAX_VALUE
                    ? 0
                    : budgets.level(top).map(BudgetLevel::getAllowance).orElse(0L);
        }
        return new BudgetFigures(
                period.code(),
                allowance,
                budgets.toppedUp(accountId, period.code()),
                movements.awardedBy(accountId, period.start(), period.end()));
    }

    private List<Account> commanderAccounts() {
        // commanders are a few hundred at most; accounts are paged by the personnel repository
        List<Account> out = new ArrayList<>();
        int offset = 0;
        while (true) {
            List<Account> page = accounts.page(null, PageRequest.of(offset, PageRequest.MAX_LIMIT));
            page.stream()
                    .filter(a -> a.isActive() && a.getRoles().contains(Role.COMMANDER))
                    .forEach(out::add);
            if (page.size() < PageRequest.MAX_LIMIT) {
                return out;
            }
            offset += page.size();
        }
    }

    private Account commander(long accountId) {
        return accounts.find(accountId)
                .filter(a -> a.getRoles().contains(Role.COMMANDER))
                .orElseThrow(() -> new InvalidInputException("commander", "validation.rewards.budget.notCommander"));
    }

    private static int deepest(UnitTree tree, long id, int depth) {
        int d = depth;
        for (var c : tree.childrenOf(id)) {
            d = Math.max(d, deepest(tree, c.getId(), depth + 1));
        }
        return d;
    }

    /** 0 or a whole number up to {@link #MAX_BUDGET}. */
    private static long allowance(String field, String text) {
        if (text != null && text.strip().equals("0")) {
            return 0;
        }
        Amounts.Parsed p = Amounts.parse(text, MAX_BUDGET);
        if (!p.ok()) {
            throw new InvalidInputException(field, p.problemKey(), MAX_BUDGET);
        }
        return p.value();
    }

    private void requireReader() {
        PersonnelScope.requireAny(callers.require(), Role.ADMIN, Role.AUDITOR);
    }

    private Caller requireAdmin() {
        return requireAdmin(callers.require());
    }

    private Caller requireAdmin(Caller caller) {
        PersonnelScope.requireAny(caller, Role.ADMIN);
        guard.requireWritable();
        return caller;
    }
}
