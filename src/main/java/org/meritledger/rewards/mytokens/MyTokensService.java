package org.meritledger.rewards.mytokens;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.EntryReceipt;
import org.meritledger.ledger.LedgerReceipts;
import org.meritledger.personnel.Account;
import org.meritledger.personnel.Accounts;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.rewards.RewardSettings;
import org.meritledger.rewards.appeal.AppealRules;
import org.meritledger.rewards.appeal.Appeals;
import org.meritledger.rewards.category.Categories;
import org.meritledger.rewards.category.Category;
import org.meritledger.rewards.movement.HistoryFilter;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementLine;
import org.meritledger.rewards.movement.MovementStates;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;

/**
 * Reads a soldier's tokens: the soldier their own, commanders their command's, administrators
 * and auditors everyone's (the same scope as the roster). Read-only: balance, held and
 * available, the history with each movement's ledger entry and receipt, the balance over time.
 */
@ApplicationScoped
@Transactional
public class MyTokensService {

    private Movements movements;
    private Appeals appeals;
    private Categories categories;
    private Soldiers soldiers;
    private Accounts accounts;
    private PersonnelScope scope;
    private CallerProvider callers;
    private RewardSettings settings;
    private Clock clock;
    private TokenReadings readings;
    private LedgerReceipts receipts;
    private Iterable<HeldTokens> holds;

    protected MyTokensService() {}

    @Inject
    public MyTokensService(
            Movements movements,
            Appeals appeals,
            Categories categories,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            RewardSettings settings,
            Clock clock,
            TokenReadings readings,
            LedgerReceipts receipts,
            Instance<HeldTokens> holds) {
        this(
                movements,
                appeals,
                categories,
                soldiers,
                accounts,
                scope,
                callers,
                settings,
                clock,
                readings,
                receipts,
                (Iterable<HeldTokens>) holds);
    }

    /** With the holds given as they are (tests; no redemption feature: an empty list). */
    public MyTokensService(
            Movements movements,
            Appeals appeals,
            Categories categories,
            Soldiers soldiers,
            Accounts accounts,
            PersonnelScope scope,
            CallerProvider callers,
            RewardSettings settings,
            Clock clock,
            TokenReadings readings,
            LedgerReceipts receipts,
            Iterable<HeldTokens> holds) {
        this.movements = movements;
        this.appeals = appeals;
        this.categories = categories;
        this.soldiers = soldiers;
        this.accounts = accounts;
        this.scope = scope;
        this.callers = callers;
        this.settings = settings;
        this.clock = clock;
        this.readings = readings;
        this.receipts = receipts;
        this.holds = holds;
    }

    /** @param soldierId whose, or null for the caller's own */
    public TokenSummary summary(Long soldierId) {
        Soldier s = readable(soldierId);
        return new TokenSummary(
                s.getId(),
                s.getServiceNumber() + " " + s.getGivenName() + " " + s.getFamilyName(),
                movements.balance(s.getId()),
                held(s.getId()),
                s.getStatus() == SoldierStatus.DISCHARGED);
    }

    private long held(long soldierId) {
        long sum = 0;
        for (HeldTokens h : holds) {
            sum += h.heldBy(soldierId);
        }
        return sum;
    }

    /** The soldier's balance at the end of each day (or month) with movements, for the chart. */
    public BalanceTimeline timeline(Long soldierId) {
        Soldier s = readable(soldierId);
        return BalanceTimeline.of(readings.steps(s.getId()), clock.getZone());
    }

    /**
     * The receipt of one movement of a soldier the caller may read: its ledger entry, checked
     * against a signed checkpoint, and compared with the row as it is now.
     */
    public MovementReceipt receipt(long movementId) {
        Movement m = movements.find(movementId).orElseThrow(() -> new NotFoundException("movement " + movementId));
        readable(m.getSoldierId()); // someone else's movement is "not found", like the soldier
        long seq = readings.entryOf(movementId).orElseThrow(() -> new NotFoundException("movement " + movementId));
        EntryReceipt entry = receipts.receipt(seq);
        boolean same = ("reward-movement:" + movementId).equals(entry.entry().subject())
                && MovementStates.of(m).equals(entry.entry().payload());
        return new MovementReceipt(movementId, entry, same);
    }

    public List<TokenLine> history(Long soldierId, HistoryFilter filter, int offset, int limit) {
        Caller caller = callers.require();
        Soldier s = readable(soldierId);
        boolean self = s.getId().equals(caller.soldierId());
        Map<Long, Category> cats = new HashMap<>();
        categories.all().forEach(c -> cats.put(c.getId(), c));
        Map<Long, String> names = new HashMap<>();
        return movements.history(s.getId(), filter == null ? HistoryFilter.NONE : filter, offset, limit).stream()
                .map(m -> line(m, cats, names, self))
                .toList();
    }

    public long count(Long soldierId, HistoryFilter filter) {
        Soldier s = readable(soldierId);
        return movements.count(s.getId(), filter == null ? HistoryFilter.NONE : filter);
    }

    private TokenLine line(MovementLine m, Map<Long, Category> cats, Map<Long, String> names, boolean self) {
        Category c = m.categoryId() == null ? null : cats.get(m.categoryId());
        var appeal = appeals.ofMovement(m.id());
        boolean appealable = self
                && AppealRules.fileProblem(
                                m.kind(),
                                appeal.isPresent(),
                                movements.reversalOf(m.id()).isPresent(),
                                m.recordedAt(),
                                clock.instant(),
                                settings.appealWindow())
                        == null;
        String by = m.recordedBy() == null
                ? null
                : names.computeIfAbsent(
                        m.recordedBy(),
                        id -> accounts.find(id).map(Account::getDisplayName).orElse("#" + id));
        return new TokenLine(
                m.id(),
                m.kind(),
                m.amount(),
                c == null ? null : c.getNameEn(),
                c == null ? null : c.getNameZh(),
                m.reason(),
                m.reversesId(),
                by,
                m.recordedAt(),
                m.ledgerSeq(),
                appeal.map(a -> a.getState()).orElse(null),
                appeal.map(a -> a.getText()).orElse(null),
                appeal.map(a -> a.getDecisionReason()).orElse(null),
                appealable);
    }

    private Soldier readable(Long soldierId) {
        Caller caller = callers.require();
        Long id = soldierId == null ? caller.soldierId() : soldierId;
        if (id == null) {
            throw new NotFoundException("the caller is no soldier");
        }
        Soldier s = soldiers.find(id).orElseThrow(() -> new NotFoundException("soldier " + id));
        if (!scope.canSee(caller, scope.tree(), s)) {
            throw new NotFoundException("soldier " + id);
        }
        return s;
    }
}
