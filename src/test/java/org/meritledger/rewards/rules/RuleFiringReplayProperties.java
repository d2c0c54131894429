package org.meritledger.rewards.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.meritledger.base.RecordingEvents;
import org.meritledger.personnel.Soldier;
import org.meritledger.rewards.movement.InMemoryMovements;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.MovementWriter;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.rewards.rules.replay.Condition;
import org.meritledger.rewards.rules.replay.LedgerFeed;
import org.meritledger.rewards.rules.replay.Outcome;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.correction.CorrectionDecision;
import org.meritledger.training.correction.TrainingCorrection;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.ResultValues;

/**
 * The portal's firing and the replay agree: random range days signed off, random corrections
 * approved and rule revisions in between, through the real training and rule services (in
 * memory), and the replay over everything they appended finds exactly the rule awards and
 * reversals that were written.
 */
class RuleFiringReplayProperties {

    /** One step: a range day (hits per soldier, -1 absent), a correction of an earlier result, or a revision. */
    record Step(int kind, List<Integer> hits, int pick, int newHits) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        // half of them near the tier boundaries (Sharpshooter 30, Expert 36), so rules fire and corrections flip them
        Arbitrary<Integer> hits = Arbitraries.oneOf(
                Arbitraries.integers().between(28, 40), Arbitraries.integers().between(-1, 40));
        Arbitrary<Step> step = Arbitraries.integers()
                .between(0, 9)
                .flatMap(k -> hits.list()
                        .ofSize(3)
                        .flatMap(h -> Arbitraries.integers()
                                .between(0, 50)
                                .flatMap(pick -> hits.map(n -> new Step(k, h, pick, n)))));
        return step.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 100)
    void replayFindsExactlyWhatFiringWrote(@ForAll("steps") List<Step> steps) {
        InMemoryTraining t = new InMemoryTraining();
        t.catalog.seedShipped();
        List<Soldier> platoon = List.of(
                t.p.soldier("MR-1", "Able", t.p.a1),
                t.p.soldier("MR-2", "Baker", t.p.a1),
                t.p.soldier("MR-3", "Cole", t.p.a1));
        InMemoryRules rules = new InMemoryRules(t.p, outcomes(t));
        InMemoryMovements movements = new InMemoryMovements();
        MovementWriter writer = new MovementWriter(
                movements,
                t.p.append,
                t.p.guard,
                t.p.clock,
                new RecordingEvents<RecordedMovement>(),
                new RecordingEvents<org.meritledger.rewards.movement.RecordedMovements>());
        RuleFiring firing = new RuleFiring(
                rules.versions, awards(movements), outcomes(t), writer, movements, t.p.soldiers, t.p.scope);
        t.signedOffEvents.observedBy(firing::onSignedOff);
        t.correctionEvents.observedBy(firing::onCorrection);
        t.p.admin();
        assertEquals(3, rules.service.seedShipped());
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();

        List<Long> resultIds = new ArrayList<>();
        int revision = 0;
        for (Step s : steps) {
            if (s.kind() <= 5 || resultIds.isEmpty()) {
                t.p.commanderOf(t.p.aCoy, null);
                long id = t.service.create(new SessionDraft(
                        rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range", "CPT"));
                List<SessionService.LineInput> lines = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    int h = s.hits().get(i);
                    lines.add(
                            h < 0
                                    ? new SessionService.LineInput(
                                            platoon.get(i).getId(), Attendance.ABSENT, Map.of())
                                    : new SessionService.LineInput(
                                            platoon.get(i).getId(),
                                            Attendance.PRESENT,
                                            Map.of("hits", String.valueOf(h))));
                }
                t.service.saveDraft(id, lines);
                t.service.signOff(id);
                t.results.ofSession(id).forEach(r -> resultIds.add(r.getId()));
            } else if (s.kind() <= 8) {
                long resultId = resultIds.get(s.pick() % resultIds.size());
                t.p.commanderOf(t.p.aCoy, null);
                try {
                    long c = s.newHits() < 0
                            ? t.correctionService.correct(resultId, Attendance.ABSENT, Map.of(), "Was away")
                            : t.correctionService.correct(
                                    resultId,
                                    Attendance.PRESENT,
                                    Map.of("hits", String.valueOf(s.newHits())),
                                    "Recount");
                    t.p.admin();
                    if (t.corrections.find(c).orElseThrow().isNeedsApproval()) {
                        t.correctionService.approve(c);
                    }
                } catch (org.meritledger.base.InvalidInputException unchanged) {
                    // the same values again: training refuses, nothing happens
                }
            } else {
                t.p.admin();
                rules.service.revise(
                        1,
                        new RuleDraft(
                                "Expert " + ++revision,
                                "rifle-qualification",
                                Condition.TIER_AT_LEAST,
                                "EXPERT",
                                null,
                                String.valueOf(10 + revision),
                                null,
                                null,
                                null));
            }
        }

        // as full verification and the standalone verifier feed it: every entry, in order
        LedgerFeed feed = new LedgerFeed();
        for (int i = 0; i < t.recorded.size(); i++) {
            var e = t.recorded.get(i);
            feed.accept(i + 1, e.type(), e.subject(), e.payload());
        }
        assertEquals(List.of(), feed.differences());
        long fired = movements.rows.stream()
                .filter(m -> m.getKind() == MovementKind.RULE_AWARD)
                .count();
        if (fired > 0) {
            // one rule award left out of the history: the replay names the entry that was due it
            LedgerFeed without = new LedgerFeed();
            boolean dropped = false;
            for (int i = 0; i < t.recorded.size(); i++) {
                var e = t.recorded.get(i);
                if (!dropped && e.type().equals("rewards.movement.rule-award")) {
                    dropped = true;
                    continue;
                }
                without.accept(i + 1, e.type(), e.subject(), e.payload());
            }
            assertFalse(without.differences().isEmpty(), "a missing rule award is a difference");
        }
        long reversed = movements.rows.stream()
                .filter(m -> m.getKind() == MovementKind.REVERSAL)
                .count();
        // shown in the report: how many tries had rule awards and reversals to compare at all
        Statistics.label("rule awards").collect(fired > 0);
        Statistics.label("reversals").collect(reversed > 0);
    }

    private static TrainingOutcomes outcomes(InMemoryTraining t) {
        return new TrainingOutcomes() {
            @Override
            public List<Outcome> earlier(long soldierId, String standardCode, long beforeSeq) {
                List<TrainingResult> rows = t.results.signedOf(soldierId).stream()
                        .filter(r -> r.getLedgerSeq() != null && r.getLedgerSeq() < beforeSeq)
                        .filter(r -> t.standards
                                .find(t.sessions
                                        .find(r.getSessionId())
                                        .orElseThrow()
                                        .getStandardId())
                                .orElseThrow()
                                .getCode()
                                .equals(standardCode))
                        .sorted(Comparator.comparing(TrainingResult::getLedgerSeq))
                        .toList();
                List<Outcome> out = new ArrayList<>();
                for (TrainingResult r : rows) {
                    ResultValues v = r.values();
                    List<TrainingCorrection> cs = t.corrections.ofResults(List.of(r.getId()));
                    Map<Long, CorrectionDecision> ds = t.corrections.decisionsOf(
                            cs.stream().map(TrainingCorrection::getId).toList());
                    for (TrainingCorrection c : cs.stream()
                            .sorted(Comparator.comparing(TrainingCorrection::getId))
                            .toList()) {
                        CorrectionDecision d = ds.get(c.getId());
                        if (!c.isNeedsApproval() || d != null && d.isApproved()) {
                            v = c.values();
                        }
                    }
                    out.add(new Outcome(
                            v.attendance().name(),
                            v.passed(),
                            v.tier() == null ? null : v.tier().name()));
                }
                return out;
            }

            @Override
            public List<String> standardCodes() {
                return List.of("physical-fitness", "rifle-qualification", "tactical-drill");
            }
        };
    }

    private static RuleAwards awards(InMemoryMovements movements) {
        return prefix -> {
            Optional<Movement> open = movements.rows.stream()
                    .filter(m -> m.getKind() == MovementKind.RULE_AWARD
                            && m.getReference().startsWith(prefix))
                    .filter(m -> movements.rows.stream()
                            .noneMatch(x -> Long.valueOf(m.getId()).equals(x.getReversesId())))
                    .reduce((a, b) -> b);
            return open.map(Movement::getId);
        };
    }
}
