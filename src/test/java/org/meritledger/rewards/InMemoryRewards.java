package org.meritledger.rewards;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
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
import org.meritledger.rewards.leaderboard.LeaderboardService;
import org.meritledger.rewards.leaderboard.Tally;
import org.meritledger.rewards.leaderboard.TokenTallies;
import org.meritledger.rewards.movement.InMemoryMovements;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.mytokens.HeldTokens;
import org.meritledger.rewards.mytokens.MyTokensService;
import org.meritledger.rewards.mytokens.TokenReadings;
import org.meritledger.rewards.notification.AppealNotices;
import org.meritledger.rewards.notification.MovementNotices;
import org.meritledger.rewards.notification.Notification;
import org.meritledger.rewards.notification.NotificationService;
import org.meritledger.rewards.notification.Notifications;
import org.meritledger.training.mytraining.InMemoryReceipts;

/** The rewards services over in-memory repositories, on an {@link InMemoryPersonnel} battalion. */
public final class InMemoryRewards {

    public final InMemoryPersonnel p = new InMemoryPersonnel().withBattalion();
    public final InMemoryMovements movements = new InMemoryMovements();
    public final MemCategories categories = new MemCategories();
    public final MemBudgets budgets = new MemBudgets();
    public final MemAppeals appeals = new MemAppeals();
    public final RewardSettings settings = new RewardSettings(100, 14);
    public final MemNotifications notifications = new MemNotifications();
    public final NotificationService notificationService = new NotificationService(notifications, p.callers, p.clock);
    public final MovementNotices movementNotices = new MovementNotices(notificationService, movements);
    public final AppealNotices appealNotices = new AppealNotices(notificationService);
    /** Real receipts over what the services appended (entry k = the k-th append). */
    public final InMemoryReceipts receipts = new InMemoryReceipts(p.recorded);

    public final MemReadings readings = new MemReadings();
    public final MemTallies tallies = new MemTallies();
    /** What pending requests hold, as the redemption feature would tell (none here unless a test adds one). */
    public final List<HeldTokens> holds = new ArrayList<>();

    public final MovementWriter writer = new MovementWriter(
            movements,
            p.append,
            p.guard,
            p.clock,
            events(movementNotices::recorded),
            events(movementNotices::recordedTogether));
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
            p.clock,
            events(appealNotices::decided));
    public final MyTokensService tokens = new MyTokensService(
            movements,
            appeals,
            categories,
            p.soldiers,
            p.accounts,
            p.scope,
            p.callers,
            settings,
            p.clock,
            readings,
            receipts,
            holds);
    public final LeaderboardService leaderboard =
            new LeaderboardService(tallies, p.soldiers, p.scope, p.callers, p.clock);

    public InMemoryRewards() {
        categoryService.seedMissing();
        movements.seqOf = id -> readings.entryOf(id).orElse(null);
    }

    /** An event that calls the observer at once, as a synchronous CDI observer runs. */
    @SuppressWarnings("unchecked")
    static <T> Event<T> events(Consumer<T> observer) {
        return (Event<T>) java.lang.reflect.Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, m, args) -> {
                    if (m.getName().equals("fire")) {
                        observer.accept((T) args[0]);
                    }
                    return null;
                });
    }

    /** Readings over the in-memory movements and ledger. */
    public final class MemReadings implements TokenReadings {
        public List<Step> steps(long soldierId) {
            return movements.rows.stream()
                    .filter(m -> m.getSoldierId() == soldierId)
                    .map(m -> new Step(m.getRecordedAt(), m.getAmount()))
                    .toList();
        }

        public Optional<Long> entryOf(long movementId) {
            for (int i = 0; i < p.recorded.size(); i++) {
                if (p.recorded.get(i).subject().equals("reward-movement:" + movementId)) {
                    return Optional.of((long) i + 1);
                }
            }
            return Optional.empty();
        }
    }

    /** The leaderboard's sums over the in-memory movements, as the SQL sums them. */
    public final class MemTallies implements TokenTallies {
        public List<Tally> tallies(Collection<Long> unitIds, Instant from, Instant to) {
            Map<Long, long[]> by = new TreeMap<>();
            for (Movement m : movements.rows) {
                Long unit = p.soldiers
                        .find(m.getSoldierId())
                        .map(s -> s.getUnitId())
                        .orElse(null);
                if (!unitIds.contains(unit)
                        || m.getRecordedAt().isBefore(from)
                        || !m.getRecordedAt().isBefore(to)) {
                    continue;
                }
                long[] t = by.computeIfAbsent(m.getSoldierId(), k -> new long[3]);
                MovementKind k = m.getKind();
                if (k == MovementKind.AWARD
                        || k == MovementKind.RULE_AWARD
                        || k == MovementKind.REVERSAL && m.getAmount() < 0) {
                    t[0] += m.getAmount();
                }
                if (k == MovementKind.DEDUCTION || k == MovementKind.REVERSAL && m.getAmount() > 0) {
                    t[1] -= m.getAmount();
                }
                if (k == MovementKind.DEDUCTION) {
                    t[2]++;
                }
            }
            return by.entrySet().stream()
                    .map(e -> new Tally(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                    .toList();
        }

        public UnitBalance balances(Collection<Long> unitIds) {
            long n = 0;
            long sum = 0;
            for (Map.Entry<Long, Long> b : movements.balances.entrySet()) {
                Long unit = p.soldiers.find(b.getKey()).map(s -> s.getUnitId()).orElse(null);
                if (unitIds.contains(unit)) {
                    n++;
                    sum += b.getValue();
                }
            }
            return new UnitBalance(n, sum);
        }
    }

    public static final class MemNotifications implements Notifications {
        public final List<Notification> rows = new ArrayList<>();

        public Notification add(Notification n) {
            setId(n, (long) rows.size() + 1);
            rows.add(n);
            return n;
        }

        public Optional<Notification> find(long id) {
            return rows.stream().filter(n -> n.getId() == id).findFirst();
        }

        public List<Notification> of(long soldierId, boolean unreadOnly, int offset, int limit) {
            return rows.stream()
                    .filter(n -> n.getSoldierId() == soldierId && (!unreadOnly || n.getReadAt() == null))
                    .sorted(Comparator.comparing(Notification::getId).reversed())
                    .skip(offset)
                    .limit(limit)
                    .toList();
        }

        public long count(long soldierId, boolean unreadOnly) {
            return of(soldierId, unreadOnly, 0, Integer.MAX_VALUE).size();
        }

        public int markAllRead(long soldierId, Instant at) {
            List<Notification> unread = of(soldierId, true, 0, Integer.MAX_VALUE);
            unread.forEach(n -> n.markRead(at));
            return unread.size();
        }
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
