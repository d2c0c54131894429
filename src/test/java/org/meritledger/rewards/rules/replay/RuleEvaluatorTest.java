package org.meritledger.rewards.rules.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.meritledger.training.standard.Tier;

/** The three shipped rule shapes and the others, at their boundaries. */
class RuleEvaluatorTest {

    static RuleTerms rule(Condition c, String tier, int count) {
        return new RuleTerms(1, 1, "r", "rifle-qualification", c, tier, count, 10, null, null, null, true);
    }

    static Outcome tier(String t) {
        return new Outcome("PRESENT", !"UNQUALIFIED".equals(t), t);
    }

    static final Outcome PASS = new Outcome("PRESENT", true, null);
    static final Outcome FAIL = new Outcome("PRESENT", false, null);
    static final Outcome ABSENT = new Outcome("ABSENT", null, null);

    @Test
    void tiersAreTrainingsTiersBestFirst() {
        assertEquals(Arrays.stream(Tier.values()).map(Enum::name).toList(), Tiers.BEST_FIRST);
    }

    @Test
    void expertFiresOnlyAtExpert() {
        RuleTerms expert = rule(Condition.TIER_AT_LEAST, "EXPERT", 0);
        assertTrue(RuleEvaluator.due(expert, tier("EXPERT"), List.of()));
        assertFalse(RuleEvaluator.due(expert, tier("SHARPSHOOTER"), List.of()));
        assertTrue(RuleEvaluator.due(expert, tier("EXPERT"), List.of(tier("EXPERT")))); // every time
        assertFalse(RuleEvaluator.due(expert, ABSENT, List.of()));
    }

    @Test
    void firstSharpshooterOrBetterFiresOnceAtTheFirst() {
        RuleTerms first = rule(Condition.FIRST_TIER_AT_LEAST, "SHARPSHOOTER", 0);
        assertTrue(RuleEvaluator.due(first, tier("SHARPSHOOTER"), List.of()));
        assertTrue(RuleEvaluator.due(first, tier("EXPERT"), List.of(tier("MARKSMAN"), ABSENT)));
        assertFalse(RuleEvaluator.due(first, tier("MARKSMAN"), List.of()));
        assertFalse(RuleEvaluator.due(first, tier("EXPERT"), List.of(tier("SHARPSHOOTER"))));
        assertFalse(RuleEvaluator.due(first, tier("SHARPSHOOTER"), List.of(tier("EXPERT"))));
    }

    @Test
    void threePassesInARowFireAtTheThirdAndSixth() {
        RuleTerms three = rule(Condition.CONSECUTIVE_PASSES, null, 3);
        assertFalse(RuleEvaluator.due(three, PASS, List.of(PASS)));
        assertTrue(RuleEvaluator.due(three, PASS, List.of(PASS, PASS)));
        assertFalse(RuleEvaluator.due(three, PASS, List.of(PASS, PASS, PASS)));
        assertTrue(RuleEvaluator.due(three, PASS, List.of(PASS, PASS, PASS, PASS, PASS)));
        assertFalse(RuleEvaluator.due(three, PASS, List.of(PASS, FAIL, PASS)));
        assertTrue(RuleEvaluator.due(three, PASS, List.of(FAIL, PASS, PASS)));
        assertTrue(
                RuleEvaluator.due(three, PASS, List.of(PASS, ABSENT, PASS)),
                "an absence neither breaks nor extends the run");
        assertFalse(RuleEvaluator.due(three, FAIL, List.of(PASS, PASS)));
    }

    @Property
    void aRunOfNPassesEarnsOncePerN(
            @ForAll @Size(max = 30) List<Boolean> passes, @ForAll @IntRange(min = 2, max = 5) int n) {
        RuleTerms rule = rule(Condition.CONSECUTIVE_PASSES, null, n);
        List<Outcome> history = new ArrayList<>();
        int fired = 0;
        int expected = 0;
        int run = 0;
        for (boolean p : passes) {
            Outcome o = p ? PASS : FAIL;
            if (RuleEvaluator.due(rule, o, history)) {
                fired++;
            }
            run = p ? run + 1 : 0;
            if (p && run % n == 0) {
                expected++;
            }
            history.add(o);
        }
        assertEquals(expected, fired);
    }

    @Test
    void passAndBetterThanPrevious() {
        RuleTerms pass = rule(Condition.PASS, null, 0);
        assertTrue(RuleEvaluator.due(pass, PASS, List.of()));
        assertFalse(RuleEvaluator.due(pass, FAIL, List.of()));
        RuleTerms better = rule(Condition.BETTER_THAN_PREVIOUS, null, 0);
        assertTrue(RuleEvaluator.due(better, tier("SHARPSHOOTER"), List.of(tier("MARKSMAN"), ABSENT)));
        assertFalse(RuleEvaluator.due(better, tier("SHARPSHOOTER"), List.of(tier("SHARPSHOOTER"))));
        assertFalse(RuleEvaluator.due(better, tier("EXPERT"), List.of()), "nothing to improve on");
    }

    @Test
    void windowAndUnitsAtTheirBoundaries() {
        RuleTerms t = new RuleTerms(
                1,
                1,
                "r",
                "rifle-qualification",
                Condition.PASS,
                null,
                0,
                5,
                LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-31"),
                10L,
                true);
        Map<Long, Long> parents = Map.of(11L, 10L, 12L, 11L, 20L, 1L, 10L, 1L);
        assertTrue(RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-03-01"), 12, parents::get));
        assertTrue(RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-03-31"), 10, parents::get));
        assertFalse(RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-02-28"), 12, parents::get));
        assertFalse(RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-04-01"), 12, parents::get));
        assertFalse(
                RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-03-15"), 20, parents::get),
                "a sibling subtree");
        assertFalse(
                RuleEvaluator.applies(t, "rifle-qualification", LocalDate.parse("2026-03-15"), 1, parents::get),
                "the unit above");
        assertFalse(RuleEvaluator.applies(t, "physical-fitness", LocalDate.parse("2026-03-15"), 12, parents::get));
    }

    @Test
    void referencesReadBack() {
        RuleReference r = new RuleReference(3, 2, 88, 1042);
        assertEquals("rule:3v2/result:88/entry:1042", r.toString());
        assertEquals(r, RuleReference.parse(r.toString()));
        assertTrue(r.toString().startsWith(RuleReference.prefix(3, 2, 88)));
        assertNull(RuleReference.parse("request:12"));
    }
}
