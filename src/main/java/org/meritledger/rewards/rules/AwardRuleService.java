package org.meritledger.rewards.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meritledger.base.Checks;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.RewardSettings;
import org.meritledger.rewards.movement.Amounts;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.rewards.rules.replay.RuleTerms;
import org.meritledger.rewards.rules.replay.Tiers;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;

/**
 * Award rules: administrators create, revise and retire them; administrators and auditors read
 * them. Every change is a new version row with its ledger entry in the same transaction. A
 * revision applies to results signed off after it; results already judged keep the version that
 * judged them (also when they are corrected later), so a revision never re-awards the past.
 */
@ApplicationScoped
@Transactional
public class AwardRuleService {

    public static final int MAX_NAME = 120;
    /** The longest run a rule may ask for; beyond it a rule would hardly ever fire. */
    public static final int MAX_COUNT = 20;

    private RuleVersions versions;
    private TrainingOutcomes outcomes;
    private PersonnelScope scope;
    private CallerProvider callers;
    private LedgerAppend ledger;
    private IntegrityGuard guard;
    private RewardSettings settings;
    private Clock clock;

    protected AwardRuleService() {}

    @Inject
    public AwardRuleService(
            RuleVersions versions,
            TrainingOutcomes outcomes,
            PersonnelScope scope,
            CallerProvider callers,
            LedgerAppend ledger,
            IntegrityGuard guard,
            RewardSettings settings,
            Clock clock) {
        this.versions = versions;
        this.outcomes = outcomes;
        this.scope = scope;
        this.callers = callers;
        this.ledger = ledger;
        this.guard = guard;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every rule in its newest version, with how often it fired. */
    public List<RuleRow> list() {
        requireReader(callers.require());
        UnitTree tree = scope.tree();
        Map<Long, Long> fired = versions.firedCounts();
        Map<Long, RuleVersions.Entered> newest = versions.all().stream()
                .collect(Collectors.toMap(
                        e -> e.version().getRuleId(),
                        e -> e,
                        (a, b) -> a.version().getVersion() > b.version().getVersion() ? a : b));
        return newest.values().stream()
                .sorted(Comparator.comparingLong(e -> e.version().getRuleId()))
                .map(e -> row(tree, e, fired.getOrDefault(e.version().getRuleId(), 0L)))
                .toList();
    }

    /** A rule's versions, oldest first. */
    public List<RuleRow> history(long ruleId) {
        requireReader(callers.require());
        UnitTree tree = scope.tree();
        List<RuleRow> out = versions.all().stream()
                .filter(e -> e.version().getRuleId() == ruleId)
                .map(e -> row(tree, e, 0))
                .toList();
        if (out.isEmpty()) {
            throw new NotFoundException("rule " + ruleId);
        }
        return out;
    }

    /** The standards a rule may name. */
    public List<String> standardCodes() {
        requireReader(callers.require());
        return outcomes.standardCodes();
    }

    /** A unit a rule may be limited to (with everything below it). */
    public record UnitChoice(long id, String path) {}

    /** The active units, in tree order, for the rule's unit field. */
    public List<UnitChoice> units() {
        requireReader(callers.require());
        UnitTree tree = scope.tree();
        List<UnitChoice> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<OrgUnit> todo = new java.util.ArrayDeque<>(tree.roots());
        while (!todo.isEmpty()) {
            OrgUnit u = todo.pollFirst();
            if (u.isActive()) {
                out.add(new UnitChoice(u.getId(), tree.path(u.getId())));
            }
            List<OrgUnit> children = tree.childrenOf(u.getId());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.addFirst(children.get(i));
            }
        }
        return out;
    }

    public int maxAmount() {
        return settings.maxAmount();
    }

    public boolean canChange() {
        return callers.current().map(c -> c.has(Role.ADMIN)).orElse(false);
    }

    public RuleRow create(RuleDraft draft) {
        Caller caller = callers.require();
        requireAdmin(caller);
        RuleTerms t = check(draft, versions.nextRuleId(), 1, true);
        return store(caller, t);
    }

    /** A new version of the rule with these terms; results already judged keep the version that judged them. */
    public RuleRow revise(long ruleId, RuleDraft draft) {
        Caller caller = callers.require();
        requireAdmin(caller);
        RuleVersion newest = newest(ruleId);
        if (!newest.terms().active()) {
            throw new org.meritledger.base.InvalidInputException(null, "validation.rewards.rule.retired");
        }
        RuleTerms t = check(draft, ruleId, newest.getVersion() + 1, true);
        return store(caller, t);
    }

    /** A last version that fires for nothing; its history and awards stay. */
    public RuleRow retire(long ruleId) {
        Caller caller = callers.require();
        requireAdmin(caller);
        RuleVersion newest = newest(ruleId);
        RuleTerms n = newest.terms();
        if (!n.active()) {
            throw new org.meritledger.base.InvalidInputException(null, "validation.rewards.rule.retired");
        }
        return store(
                caller,
                new RuleTerms(
                        ruleId,
                        n.version() + 1,
                        n.name(),
                        n.standardCode(),
                        n.condition(),
                        n.tier(),
                        n.count(),
                        n.amount(),
                        n.validFrom(),
                        n.validTo(),
                        n.unitId(),
                        false));
    }

    private RuleVersion newest(long ruleId) {
        List<RuleVersion> all = versions.ofRule(ruleId);
        if (all.isEmpty()) {
            throw new NotFoundException("rule " + ruleId);
        }
        return all.get(all.size() - 1);
    }

    /** The shipped rules of the issue, stored by the system on a ledger that never had a rule. */
    public static final List<RuleDraft> SHIPPED = List.of(
            new RuleDraft(
                    "Rifle qualification at Expert",
                    "rifle-qualification",
                    Condition.TIER_AT_LEAST,
                    "EXPERT",
                    null,
                    "10",
                    null,
                    null,
                    null),
            new RuleDraft(
                    "First rifle qualification at Sharpshooter or better",
                    "rifle-qualification",
                    Condition.FIRST_TIER_AT_LEAST,
                    "SHARPSHOOTER",
                    null,
                    "20",
                    null,
                    null,
                    null),
            new RuleDraft(
                    "Three fitness-test passes in a row",
                    "physical-fitness",
                    Condition.CONSECUTIVE_PASSES,
                    null,
                    "3",
                    "15",
                    null,
                    null,
                    null));

    /**
     * Stores the shipped rules if no rule was ever defined (start-up; the actor is the system).
     * Once an administrator retired or changed them they are not brought back.
     *
     * @return how many were stored
     */
    public int seedShipped() {
        guard.requireWritable();
        if (!versions.all().isEmpty()
                || !outcomes.standardCodes().containsAll(List.of("rifle-qualification", "physical-fitness"))) {
            return 0;
        }
        for (RuleDraft d : SHIPPED) {
            store(null, check(d, versions.nextRuleId(), 1, true));
        }
        return SHIPPED.size();
    }

    private RuleRow store(Caller caller, RuleTerms t) {
        RuleVersion v = versions.add(new RuleVersion(t, caller == null ? null : caller.accountId(), clock.instant()));
        long seq = ledger.append(RuleStates.ENTRY_TYPE, RuleStates.SUBJECT + v.getId(), RuleStates.of(v));
        return row(scope.tree(), new RuleVersions.Entered(v, seq), 0);
    }

    /** Every problem at once, each on its field; nothing is written if any. */
    private RuleTerms check(RuleDraft d, long ruleId, int version, boolean active) {
        Checks checks = new Checks();
        String name = checks.text("name", d.name(), MAX_NAME);
        String standard = checks.required("standardCode", d.standardCode());
        if (standard != null && !outcomes.standardCodes().contains(standard)) {
            checks.fail("standardCode", "validation.rewards.rule.standard");
        }
        Condition condition = checks.required("condition", d.condition());
        String tier = null;
        int count = 0;
        if (condition != null && condition.needsTier()) {
            tier = checks.required("tier", d.tier());
            if (tier != null && !Tiers.known(tier)) {
                checks.fail("tier", "validation.rewards.rule.tier");
            }
        }
        if (condition != null && condition.needsCount()) {
            Amounts.Parsed n = Amounts.parse(d.count(), MAX_COUNT);
            if (!n.ok()) {
                checks.fail("count", "validation.rewards.rule.count", MAX_COUNT);
            } else if (n.value() < 2) {
                checks.fail("count", "validation.rewards.rule.count", MAX_COUNT);
            } else {
                count = (int) n.value();
            }
        }
        Amounts.Parsed amount = Amounts.parse(d.amount(), settings.maxAmount());
        if (!amount.ok()) {
            checks.fail("amount", amount.problemKey(), settings.maxAmount());
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            checks.fail("validTo", "validation.rewards.rule.window");
        }
        if (d.unitId() != null) {
            OrgUnit u = scope.tree().get(d.unitId());
            if (u == null || !u.isActive()) {
                checks.fail("unitId", "validation.unit.unknown");
            }
        }
        checks.throwIfAny();
        return new RuleTerms(
                ruleId,
                version,
                name,
                standard,
                condition,
                tier,
                count,
                amount.value(),
                d.validFrom(),
                d.validTo(),
                d.unitId(),
                active);
    }

    private RuleRow row(UnitTree tree, RuleVersions.Entered e, long fired) {
        RuleVersion v = e.version();
        RuleTerms t = v.terms();
        return new RuleRow(
                v.getId(),
                t.ruleId(),
                t.version(),
                t.name(),
                t.standardCode(),
                t.condition(),
                t.tier(),
                t.count(),
                t.amount(),
                t.validFrom(),
                t.validTo(),
                t.unitId(),
                t.unitId() == null || tree.get(t.unitId()) == null ? null : tree.path(t.unitId()),
                t.active(),
                fired,
                e.seq(),
                v.getCreatedAt());
    }

    private static void requireReader(Caller caller) {
        PersonnelScope.requireAny(caller, Role.ADMIN, Role.AUDITOR);
    }

    private void requireAdmin(Caller caller) {
        PersonnelScope.requireAny(caller, Role.ADMIN);
        guard.requireWritable();
    }
}
