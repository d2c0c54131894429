package org.meritledger.rewards.rules.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The replay over ledgers written the way the portal writes them: the recorded rule awards and
 * reversals are exactly what the rules give, and every kind of difference names its entry.
 */
class RuleReplayTest {

    /** A ledger as the portal appends it: the same entry types and payload fields. */
    static final class Ledger {
        final List<Object[]> entries = new ArrayList<>();
        long movementIds = 500;

        long add(String type, Map<String, Object> payload) {
            entries.add(new Object[] {type, payload});
            return entries.size() - 1;
        }

        static Map<String, Object> map(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], kv[i + 1]);
            }
            return m;
        }

        void unit(long id, Long parent) {
            add("personnel.unit.created", map("id", id, "code", "u" + id, "parentId", parent, "active", true));
        }

        void soldier(long id, long unit, String status) {
            add("personnel.soldier.updated", map("id", id, "unitId", unit, "status", status));
        }

        long rule(RuleTerms t) {
            return add("rewards.rule.version", t.toState(t.ruleId() * 100 + t.version(), 1L, "2026-01-01T00:00:00Z"));
        }

        /** One result signed in its own session, as sign-off appends it: result entry, then the session's. */
        long sign(long resultId, long soldier, String standard, long unit, String day, Outcome o) {
            long seq = add(
                    "training.result.signed",
                    map(
                            "id", resultId,
                            "sessionId", resultId,
                            "soldierId", soldier,
                            "standard", standard,
                            "attendance", o.attendance(),
                            "passed", o.passed(),
                            "tier", o.tier()));
            add("training.session.signed", map("id", resultId, "unitId", unit, "signedOffAt", day + "T10:00:00Z"));
            return seq;
        }

        long correct(long correctionId, long resultId, Outcome o, boolean pending) {
            return add(
                    "training.result.corrected",
                    map(
                            "id",
                            correctionId,
                            "resultId",
                            resultId,
                            "attendance",
                            o.attendance(),
                            "passed",
                            o.passed(),
                            "tier",
                            o.tier(),
                            "status",
                            pending ? "PENDING_APPROVAL" : "EFFECTIVE"));
        }

        long approve(long correctionId, long resultId, Outcome o) {
            return add(
                    "training.correction.approved",
                    map("id", correctionId, "resultId", resultId, "attendance", o.attendance(), "status", "EFFECTIVE"));
        }

        long award(long soldier, long amount, RuleReference ref) {
            long id = ++movementIds;
            add(
                    "rewards.movement.rule-award",
                    map(
                            "id",
                            id,
                            "soldierId",
                            soldier,
                            "kind",
                            "RULE_AWARD",
                            "amount",
                            amount,
                            "reference",
                            ref.toString(),
                            "reversesId",
                            null));
            return id;
        }

        long reversal(long soldier, long amount, RuleReference ref, long reverses) {
            long id = ++movementIds;
            add(
                    "rewards.movement.reversal",
                    map(
                            "id",
                            id,
                            "soldierId",
                            soldier,
                            "kind",
                            "REVERSAL",
                            "amount",
                            -amount,
                            "reference",
                            ref.toString(),
                            "reversesId",
                            reverses));
            return id;
        }

        long seqOfLast() {
            return entries.size() - 1;
        }

        @SuppressWarnings("unchecked")
        List<RuleReplay.Difference> replay() {
            RuleReplay r = new RuleReplay();
            for (int i = 0; i < entries.size(); i++) {
                r.accept(i, (String) entries.get(i)[0], (Map<String, Object>) entries.get(i)[1]);
            }
            return r.differences();
        }
    }

    static final String RIFLE = "rifle-qualification";
    static final String FITNESS = "physical-fitness";

    static RuleTerms expert(int version, long amount) {
        return new RuleTerms(
                1, version, "Expert", RIFLE, Condition.TIER_AT_LEAST, "EXPERT", 0, amount, null, null, null, true);
    }

    static RuleTerms firstSharpshooter() {
        return new RuleTerms(
                2, 1, "First", RIFLE, Condition.FIRST_TIER_AT_LEAST, "SHARPSHOOTER", 0, 20, null, null, null, true);
    }

    static RuleTerms threePasses() {
        return new RuleTerms(3, 1, "Three", FITNESS, Condition.CONSECUTIVE_PASSES, null, 3, 15, null, null, 10L, true);
    }

    static Outcome tier(String t) {
        return new Outcome("PRESENT", !"UNQUALIFIED".equals(t), t);
    }

    static final Outcome PASS = new Outcome("PRESENT", true, null);

    Ledger battalion() {
        Ledger l = new Ledger();
        l.unit(1, null);
        l.unit(10, 1L);
        l.unit(11, 10L);
        l.unit(20, 1L);
        l.soldier(7, 11, "ACTIVE");
        l.soldier(8, 20, "ACTIVE");
        return l;
    }

    @Test
    void theShippedRulesReplayToWhatWasRecorded() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        l.rule(firstSharpshooter());
        l.rule(threePasses());
        long r1 = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("MARKSMAN"));
        long r2 = l.sign(2, 7, RIFLE, 11, "2026-03-01", tier("SHARPSHOOTER"));
        l.award(7, 20, new RuleReference(2, 1, 2, r2));
        long r3 = l.sign(3, 7, RIFLE, 11, "2026-04-01", tier("EXPERT"));
        l.award(7, 10, new RuleReference(1, 1, 3, r3));
        l.sign(4, 7, FITNESS, 11, "2026-02-01", PASS);
        l.sign(5, 7, FITNESS, 11, "2026-03-01", PASS);
        long f3 = l.sign(6, 7, FITNESS, 11, "2026-04-01", PASS);
        l.award(7, 15, new RuleReference(3, 1, 6, f3));
        // soldier 8 is outside unit 10: three passes give nothing there
        l.sign(7, 8, FITNESS, 20, "2026-02-01", PASS);
        l.sign(8, 8, FITNESS, 20, "2026-03-01", PASS);
        l.sign(9, 8, FITNESS, 20, "2026-04-01", PASS);
        assertTrue(r1 > 0);
        assertEquals(List.of(), l.replay());
    }

    @Test
    void aMissingRuleAwardIsNamedByTheResultEntry() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        long r = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        List<RuleReplay.Difference> d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(r, d.get(0).seq());
        assertTrue(d.get(0).detail().contains("not recorded"));
    }

    @Test
    void anEditedRuleAwardFailsAtItsEntry() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        long r = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        l.award(7, 12, new RuleReference(1, 1, 1, r)); // 12 instead of 10
        long edited = l.seqOfLast();
        l.sign(2, 7, RIFLE, 11, "2026-03-01", tier("EXPERT"));
        l.award(7, 10, new RuleReference(1, 1, 2, l.seqOfLast() - 1));
        List<RuleReplay.Difference> d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(edited, d.get(0).seq());
        assertTrue(d.get(0).found().contains("+12"));
        assertTrue(d.get(0).expected().contains("+10"));
    }

    @Test
    void anAwardNoRuleGivesFailsAtItsEntry() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        long r = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("SHARPSHOOTER"));
        l.award(7, 10, new RuleReference(1, 1, 1, r));
        List<RuleReplay.Difference> d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(l.seqOfLast(), d.get(0).seq());
        assertTrue(d.get(0).detail().contains("no rule gives"));
    }

    @Test
    void aRevisionDoesNotReAwardPastResults() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        long r = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        l.award(7, 10, new RuleReference(1, 1, 1, r));
        l.rule(expert(2, 25)); // revised: later results get 25
        long r2 = l.sign(2, 7, RIFLE, 11, "2026-03-01", tier("EXPERT"));
        l.award(7, 25, new RuleReference(1, 2, 2, r2));
        assertEquals(List.of(), l.replay());

        // a re-award of the first result under the new version is not what the rules give
        l.award(7, 25, new RuleReference(1, 2, 1, r2 + 2));
        List<RuleReplay.Difference> d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(l.seqOfLast(), d.get(0).seq());
    }

    @Test
    void aRetiredRuleFiresForNothing() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        RuleTerms e = expert(2, 10);
        l.rule(new RuleTerms(1, 2, e.name(), RIFLE, e.condition(), e.tier(), 0, 10, null, null, null, false));
        l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        assertEquals(List.of(), l.replay());
    }

    @Test
    void aCorrectionThatLowersTheTierReversesAndOneThatRaisesItAwards() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        long r = l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        long award = l.award(7, 10, new RuleReference(1, 1, 1, r));
        long c1 = l.correct(900, 1, tier("MARKSMAN"), true);
        assertEquals(List.of(), l.replay(), "pending: nothing changes yet");
        long approved = l.approve(900, 1, tier("MARKSMAN"));
        List<RuleReplay.Difference> d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(approved, d.get(0).seq());
        assertTrue(d.get(0).expected().contains("reversal -10"), d.get(0)::toString);
        l.reversal(7, 10, new RuleReference(1, 1, 1, approved), award);
        assertEquals(List.of(), l.replay());

        long c2 = l.correct(901, 1, tier("EXPERT"), false); // in effect at once
        d = l.replay();
        assertEquals(1, d.size(), d::toString);
        assertEquals(c2, d.get(0).seq());
        l.award(7, 10, new RuleReference(1, 1, 1, c2));
        assertEquals(List.of(), l.replay());
        assertTrue(c1 < c2);
    }

    @Test
    void aDischargedSoldierIsGivenNothing() {
        Ledger l = battalion();
        l.rule(expert(1, 10));
        l.soldier(7, 11, "DISCHARGED");
        l.sign(1, 7, RIFLE, 11, "2026-02-01", tier("EXPERT"));
        assertEquals(List.of(), l.replay());
    }
}
