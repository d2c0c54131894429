package org.meritledger.rewards.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.personnel.OrgUnit;
import org.meritledger.personnel.PersonnelScope;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.SoldierStatus;
import org.meritledger.personnel.Soldiers;
import org.meritledger.personnel.UnitTree;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.rewards.movement.NewMovement;
import org.meritledger.rewards.rules.replay.Outcome;
import org.meritledger.rewards.rules.replay.RuleEvaluator;
import org.meritledger.rewards.rules.replay.RuleReference;
import org.meritledger.rewards.rules.replay.RuleReplay;
import org.meritledger.rewards.rules.replay.RuleTerms;
import org.meritledger.training.events.CorrectionTookEffect;
import org.meritledger.training.events.ResultsSignedOff;

/**
 * Fires the award rules when training says a result took effect. Observers of synchronous
 * events run inside the transaction that fired them, so a rule award commits with the sign-off
 * (or correction) it rewards, and a failure here undoes that too. What is due is decided by
 * {@link RuleEvaluator}, the same code the replay runs, over the same facts: the rule version
 * in force at the result's entry, the unit tree, the soldier's earlier results in effect.
 * Rule awards use no commander's budget and have no actor (the system gives them).
 */
@ApplicationScoped
public class RuleFiring {

    private RuleVersions versions;
    private RuleAwards awards;
    private TrainingOutcomes outcomes;
    private MovementWriter writer;
    private Movements movements;
    private Soldiers soldiers;
    private PersonnelScope scope;

    protected RuleFiring() {}

    @Inject
    public RuleFiring(
            RuleVersions versions,
            RuleAwards awards,
            TrainingOutcomes outcomes,
            MovementWriter writer,
            Movements movements,
            Soldiers soldiers,
            PersonnelScope scope) {
        this.versions = versions;
        this.awards = awards;
        this.outcomes = outcomes;
        this.writer = writer;
        this.movements = movements;
        this.soldiers = soldiers;
        this.scope = scope;
    }

    void onSignedOff(@Observes ResultsSignedOff e) {
        List<RuleVersions.Entered> all = versions.all();
        if (all.isEmpty()) {
            return;
        }
        UnitTree tree = scope.tree();
        LocalDate day = e.signedAt().atZone(ZoneOffset.UTC).toLocalDate();
        for (ResultsSignedOff.Line line : e.results()) {
            if (frozen(line.soldierId())) {
                continue;
            }
            Outcome now = new Outcome(
                    line.attendance().name(),
                    line.passed(),
                    line.tier() == null ? null : line.tier().name());
            List<RuleTerms> applying = inForce(all, line.ledgerSeq(), e.standardCode(), day, e.unitId(), tree);
            if (applying.isEmpty()) {
                continue;
            }
            List<Outcome> earlier = outcomes.earlier(line.soldierId(), e.standardCode(), line.ledgerSeq());
            for (RuleTerms t : applying) {
                if (RuleEvaluator.due(t, now, earlier)) {
                    award(
                            t,
                            line.soldierId(),
                            new RuleReference(t.ruleId(), t.version(), line.resultId(), line.ledgerSeq()));
                }
            }
        }
    }

    void onCorrection(@Observes CorrectionTookEffect e) {
        Outcome before = outcome(e.before());
        Outcome after = outcome(e.after());
        if (RuleReplay.sameOutcome(before, after) || e.signedAt() == null || frozen(e.soldierId())) {
            return;
        }
        List<RuleVersions.Entered> all = versions.all();
        // the versions that judged the result when it was signed off: a later revision never reaches back
        List<RuleTerms> applying = inForce(
                all,
                e.resultSeq(),
                e.standardCode(),
                e.signedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                e.unitId(),
                scope.tree());
        if (applying.isEmpty()) {
            return;
        }
        List<Outcome> earlier = outcomes.earlier(e.soldierId(), e.standardCode(), e.resultSeq());
        for (RuleTerms t : applying) {
            boolean due = RuleEvaluator.due(t, after, earlier);
            var open = awards.openAward(RuleReference.prefix(t.ruleId(), t.version(), e.resultId()));
            RuleReference ref = new RuleReference(t.ruleId(), t.version(), e.resultId(), e.ledgerSeq());
            if (open.isPresent() && !due) {
                writer.write(
                        NewMovement.reversal(movements.find(open.get()).orElseThrow(), t.name(), ref.toString(), null));
            } else if (open.isEmpty() && due) {
                award(t, e.soldierId(), ref);
            }
        }
    }

    private void award(RuleTerms t, long soldierId, RuleReference ref) {
        writer.write(new NewMovement(
                soldierId, MovementKind.RULE_AWARD, t.amount(), null, t.name(), null, ref.toString(), null));
    }

    /** A discharged soldier's balance is frozen: rules neither give nor take back. */
    private boolean frozen(long soldierId) {
        return soldiers.find(soldierId)
                .map(Soldier::getStatus)
                .map(s -> s == SoldierStatus.DISCHARGED)
                .orElse(true);
    }

    /** Each rule's newest version entered before {@code seq}, where it applies, by rule id. */
    static List<RuleTerms> inForce(
            List<RuleVersions.Entered> all, long seq, String standardCode, LocalDate day, long unitId, UnitTree tree) {
        Map<Long, RuleTerms> latest = new LinkedHashMap<>();
        for (RuleVersions.Entered v : all) {
            if (v.seq() < seq) {
                latest.merge(v.version().getRuleId(), v.version().terms(), (a, b) -> a.version() > b.version() ? a : b);
            }
        }
        List<RuleTerms> out = new ArrayList<>();
        for (RuleTerms t : latest.values()) {
            if (RuleEvaluator.applies(t, standardCode, day, unitId, id -> {
                OrgUnit u = tree.get(id);
                return u == null ? null : u.getParentId();
            })) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparingLong(RuleTerms::ruleId));
        return out;
    }

    private static Outcome outcome(CorrectionTookEffect.Outcome o) {
        return new Outcome(
                o.attendance().name(),
                o.passed(),
                o.tier() == null ? null : o.tier().name());
    }
}
