package org.meritledger.rewards;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.personnel.InMemoryPersonnel;
import org.meritledger.rewards.appeal.Appeal;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.appeal.Appeals;
import org.meritledger.rewards.award.AwardService;
import org.meritledger.rewards.budget.BudgetLevel;
import org.meritledger.rewards.budget.BudgetOverride;
import org.meritledger.rewards.budget.BudgetService;
import org.meritledger.rewards.budget.Budgets;
import org.meritledger.rewards.budget.TopUp;
import org.meritledger.rewards.category.Categories;
import org.meritledger.rewards.category.Category;
import org.meritledger.rewards.category.CategoryService;
import org.meritledger.rewards.movement.InMemoryMovements;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.rewards.mytokens.MyTokensService;

/** The rewards services over in-memory repositories, on an {@link InMemoryPersonnel} battalion. */
public final class InMemoryRewards {

    public final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    public final InMemoryMovements movements = new InMemoryMovements();
    public final MemCategories categories = new MemCategories();
    public final MemBudgets budgets = new MemBudgets();
    public final MemAppeals appeals = new MemAppeals();
    public final RewardSettings settings = new RewardSettings(100, 14);
    public final MovementWriter writer = new MovementWriter(movements, p.append, p.guard, p.clock, noEvents());
    public final CategoryService categoryService = new CategoryService(categories, p.callers, p.append, p.guard);
    public final BudgetService budgetService =
            new BudgetService(budgets, movements, p.accounts, p.scope, p.callers, p.append, p.guard, p.clock);
    public final AwardService awardService =
            new AwardService(writer, budgetService, categories, p.soldiers, p.scope, p.callers, p.guard, settings);
    public final AppealService appealService = new AppealService(
            appeals,
            movements,
            writer,
            p.soldiers,
            p.accounts,
            p.scope,
            p.callers,
            p.append,
            p.guard,
            settings,
            p.clock);
    public final MyTokensService tokens = new MyTokensService(
            movements, appeals, categories, p.soldiers, p.accounts, p.scope, p.callers, settings, p.clock);

    public InMemoryRewards() {
        categoryService.seedMissing();
    }

    public long category(String code) {
        return categories.findByCode(code).orElseThrow().getId();
    }

    static void setId(Object entity, Object id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Event<RecordedMovement> noEvents() {
        return (Event<RecordedMovement>) java.lang.reflect.Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, m, args) -> null);
    }

    public static final class MemCategories implements Categories {
        final List<Category> rows = new ArrayList<>();

        public List<Category> all() {
            return List.copyOf(rows);
        }

        public Optional<Category> find(long id) {
            return rows.stream().filter(c -> c.getId() == id).findFirst();
        }

        public Optional<Category> findByCode(String code) {
            return rows.stream().filter(c -> c.getCode().equals(code)).findFirst();
        }

        public Category add(Category c) {
            setId(c, (long) rows.size() + 1);
            rows.add(c);
            return c;
        }
    }

    public static final class MemBudgets implements Budgets {
        final Map<Integer, BudgetLevel> levels = new HashMap<>();
        final Map<Long, BudgetOverride> overrides = new HashMap<>();
        final List<TopUp> topUps = new ArrayList<>();

        public List<BudgetLevel> levels() {
            return levels.values().stream()
                    .sorted(Comparator.comparing(BudgetLevel::getDepth))
                    .toList();
        }

        public Optional<BudgetLevel> level(int depth) {
            return Optional.ofNullable(levels.get(depth));
        }

        public BudgetLevel addLevel(BudgetLevel l) {
            levels.put(l.getDepth(), l);
            return l;
        }

        public List<BudgetOverride> overrides() {
            return List.copyOf(overrides.values());
        }

        public Optional<BudgetOverride> override(long accountId) {
            return Optional.ofNullable(overrides.get(accountId));
        }

        public BudgetOverride addOverride(BudgetOverride o) {
            overrides.put(o.getAccountId(), o);
            return o;
        }

        public TopUp addTopUp(TopUp t) {
            setId(t, (long) topUps.size() + 1);
            topUps.add(t);
            return t;
        }

        public long toppedUp(long accountId, String period) {
            return topUps.stream()
                    .filter(t -> t.getAccountId() == accountId && t.getPeriod().equals(period))
                    .mapToLong(TopUp::getAmount)
                    .sum();
        }

        public List<TopUp> topUps(String period, int limit) {
            return topUps.stream()
                    .filter(t -> t.getPeriod().equals(period))
                    .limit(limit)
                    .toList();
        }

        public void lockCommander(long accountId) {}
    }

    public static final class MemAppeals implements Appeals {
        final List<Appeal> rows = new ArrayList<>();

        public Appeal add(Appeal a) {
            setId(a, (long) rows.size() + 1);
            rows.add(a);
            return a;
        }

        public Optional<Appeal> find(long id) {
            return rows.stream().filter(a -> a.getId() == id).findFirst();
        }

        public Optional<Appeal> lock(long id) {
            return find(id);
        }

        public Optional<Appeal> ofMovement(long movementId) {
            return rows.stream().filter(a -> a.getMovementId() == movementId).findFirst();
        }

        public List<Appeal> pending(int offset, int limit) {
            return rows.stream()
                    .filter(a -> a.getState() == AppealState.PENDING)
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        public List<Appeal> decided(int offset, int limit) {
            return rows.stream()
                    .filter(a -> a.getState() != AppealState.PENDING)
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }
    }
}
