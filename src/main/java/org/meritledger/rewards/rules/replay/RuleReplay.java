package org.meritledger.rewards.rules.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Re-runs every award rule version over the ledger from the start and compares what the rules
 * give with the rule awards and reversals that were recorded. Feed it the ledger's entries in
 * sequence order ({@link #accept}; entries of other types are ignored), then ask
 * {@link #differences()}.
 *
 * <p>What it follows, entry by entry: units ({@code personnel.unit.*}: the tree a rule's unit
 * subtree is read in), soldiers ({@code personnel.soldier.*}: a discharged soldier is given and
 * loses nothing), rule versions ({@code rewards.rule.version}), signed results
 * ({@code training.result.signed}, evaluated when their {@code training.session.signed} entry
 * gives the session's unit and sign-off day), corrections that take effect
 * ({@code training.result.corrected} in effect at once, {@code training.correction.approved}),
 * and the recorded {@code rewards.movement.rule-award} and {@code rewards.movement.reversal}
 * entries whose reference names a rule ({@link RuleReference}).
 *
 * <p>The rules it applies are those of the portal, in one place ({@link RuleEvaluator}): at
 * sign-off, each rule's version in force at the result's entry; when a correction that changes
 * the outcome takes effect, the same versions again, awarding what is now due and reversing
 * what no longer is. A later revision of a rule never touches earlier results.
 */
public final class RuleReplay {

    /** One disagreement, named by the entry it concerns. */
    public record Difference(long seq, String expected, String found, String detail) {}

    private record Session(long unitId, LocalDate signedOn) {}

    private static final class Result {
        final long id;
        final long seq;
        final long soldierId;
        final long sessionId;
        final String standard;
        final Outcome signed;
        final TreeMap<Long, Outcome> corrections = new TreeMap<>();

        Result(long id, long seq, long soldierId, long sessionId, String standard, Outcome signed) {
            this.id = id;
            this.seq = seq;
            this.soldierId = soldierId;
            this.sessionId = sessionId;
            this.standard = standard;
            this.signed = signed;
        }

        /** The newest correction in effect (by correction id, as training decides), else as signed. */
        Outcome effective() {
            return corrections.isEmpty() ? signed : corrections.lastEntry().getValue();
        }
    }

    /** A movement, expected by the rules or found on the ledger. */
    private record Move(long seq, String kind, RuleReference ref, long soldierId, long amount, RuleReference reverses) {

        String key() {
            return kind + "|" + ref + "|" + soldierId + "|" + amount + "|" + reverses;
        }

        String loose() {
            return kind + "|" + ref;
        }

        String describe() {
            return (kind.equals("RULE_AWARD") ? "rule award " : "reversal ") + (amount > 0 ? "+" : "") + amount
                    + " to soldier " + soldierId + " (" + ref + (reverses == null ? "" : ", undoing " + reverses)
                    + ")";
        }
    }

    private final Map<Long, Long> parents = new HashMap<>();
    private final Map<Long, Boolean> discharged = new HashMap<>();
    private final Map<Long, List<long[]>> versionSeqs = new TreeMap<>();
    private final Map<String, RuleTerms> versions = new HashMap<>();
    private final Map<Long, Result> results = new HashMap<>();
    private final Map<String, List<Result>> histories = new HashMap<>();
    private final Map<Long, List<Result>> awaitingSession = new HashMap<>();
    private final Map<Long, Session> sessions = new HashMap<>();
    private final Map<Long, Outcome> pendingCorrections = new HashMap<>();
    private final Map<Long, Long> correctionResult = new HashMap<>();
    private final Map<String, Move> awarded = new HashMap<>();
    private final List<Move> expected = new ArrayList<>();
    private final List<Move> found = new ArrayList<>();
    private final Map<Long, RuleReference> movementRefs = new HashMap<>();
    private final List<Difference> malformed = new ArrayList<>();

    /**
     * @param payload the entry's payload, parsed (objects as maps, whole numbers as Long)
     */
    public void accept(long seq, String type, Map<String, Object> payload) {
        if (type.startsWith("personnel.unit.")) {
            parents.put(num(payload, "id"), nullableNum(payload, "parentId"));
        } else if (type.startsWith("personnel.soldier.")) {
            discharged.put(num(payload, "id"), "DISCHARGED".equals(payload.get("status")));
        } else if (type.equals("rewards.rule.version")) {
            RuleTerms t = RuleTerms.fromState(payload);
            versionSeqs.computeIfAbsent(t.ruleId(), k -> new ArrayList<>()).add(new long[] {seq, t.version()});
            versions.put(t.ruleId() + "v" + t.version(), t);
        } else if (type.equals("training.result.signed")) {
            signed(seq, payload);
        } else if (type.equals("training.session.signed")) {
            sessionSigned(payload);
        } else if (type.equals("training.result.corrected")) {
            long id = num(payload, "id");
            long resultId = num(payload, "resultId");
            Outcome o = outcome(payload);
            correctionResult.put(id, resultId);
            if ("EFFECTIVE".equals(payload.get("status"))) {
                tookEffect(seq, resultId, id, o);
            } else {
                pendingCorrections.put(id, o);
            }
        } else if (type.equals("training.correction.approved")) {
            long id = num(payload, "id");
            Outcome o = pendingCorrections.remove(id);
            Long resultId = correctionResult.get(id);
            if (o != null && resultId != null) {
                tookEffect(seq, resultId, id, o);
            }
        } else if (type.equals("rewards.movement.rule-award") || type.equals("rewards.movement.reversal")) {
            movement(seq, type, payload);
        }
    }

    /** Every disagreement, lowest entry first; empty when the recorded rule movements are exactly what the rules give. */
    public List<Difference> differences() {
        Map<String, Deque<Move>> want = new LinkedHashMap<>();
        for (Move m : expected) {
            want.computeIfAbsent(m.key(), k -> new ArrayDeque<>()).add(m);
        }
        List<Move> extra = new ArrayList<>();
        for (Move m : found) {
            Deque<Move> d = want.get(m.key());
            if (d != null && !d.isEmpty()) {
                d.poll();
            } else {
                extra.add(m);
            }
        }
        Map<String, Deque<Move>> missing = new LinkedHashMap<>();
        want.values().stream()
                .flatMap(Deque::stream)
                .forEach(m -> missing.computeIfAbsent(m.loose(), k -> new ArrayDeque<>())
                        .add(m));
        List<Difference> out = new ArrayList<>(malformed);
        for (Move m : extra) {
            Deque<Move> d = missing.get(m.loose());
            Move due = d == null ? null : d.poll();
            out.add(new Difference(
                    m.seq(),
                    due == null ? "nothing due" : due.describe(),
                    m.describe(),
                    due == null
                            ? "entry " + m.seq() + " records a " + m.describe() + " that no rule gives"
                            : "entry " + m.seq() + " records a " + m.describe() + " but the rule gives "
                                    + due.describe()));
        }
        missing.values().stream()
                .flatMap(Deque::stream)
                .forEach(m -> out.add(new Difference(
                        m.seq(),
                        m.describe(),
                        "no such movement",
                        "entry " + m.seq() + " should have led to a " + m.describe() + ", which is not recorded")));
        out.sort(Comparator.comparingLong(Difference::seq));
        return out;
    }

    private void signed(long seq, Map<String, Object> p) {
        long id = num(p, "id");
        if (results.containsKey(id)) {
            return; // a result is signed once; a repeated entry would not sign it again
        }
        Result r =
                new Result(id, seq, num(p, "soldierId"), num(p, "sessionId"), (String) p.get("standard"), outcome(p));
        results.put(id, r);
        histories
                .computeIfAbsent(r.soldierId + "|" + r.standard, k -> new ArrayList<>())
                .add(r);
        awaitingSession.computeIfAbsent(r.sessionId, k -> new ArrayList<>()).add(r);
    }

    private void sessionSigned(Map<String, Object> p) {
        long id = num(p, "id");
        Session s = new Session(
                num(p, "unitId"),
                Instant.parse((String) p.get("signedOffAt"))
                        .atZone(ZoneOffset.UTC)
                        .toLocalDate());
        sessions.putIfAbsent(id, s);
        List<Result> waiting = awaitingSession.remove(id);
        if (waiting == null) {
            return;
        }
        waiting.removeIf(r -> frozen(r.soldierId));
        for (Result r : waiting) {
            for (RuleTerms t : inForce(r)) {
                if (RuleEvaluator.due(t, r.effective(), earlier(r))) {
                    Move m = new Move(
                            r.seq,
                            "RULE_AWARD",
                            new RuleReference(t.ruleId(), t.version(), r.id, r.seq),
                            r.soldierId,
                            t.amount(),
                            null);
                    expected.add(m);
                    awarded.put(RuleReference.prefix(t.ruleId(), t.version(), r.id), m);
                }
            }
        }
    }

    private void tookEffect(long seq, long resultId, long correctionId, Outcome now) {
        Result r = results.get(resultId);
        if (r == null) {
            return;
        }
        Outcome before = r.effective();
        r.corrections.put(correctionId, now);
        Outcome after = r.effective();
        Session s = sessions.get(r.sessionId);
        if (sameOutcome(before, after) || s == null || frozen(r.soldierId)) {
            return;
        }
        for (RuleTerms t : inForce(r)) {
            String key = RuleReference.prefix(t.ruleId(), t.version(), r.id);
            boolean due = RuleEvaluator.due(t, after, earlier(r));
            Move had = awarded.get(key);
            RuleReference ref = new RuleReference(t.ruleId(), t.version(), r.id, seq);
            if (had != null && !due) {
                expected.add(new Move(seq, "REVERSAL", ref, r.soldierId, -had.amount(), had.ref()));
                awarded.remove(key);
            } else if (had == null && due) {
                Move m = new Move(seq, "RULE_AWARD", ref, r.soldierId, t.amount(), null);
                expected.add(m);
                awarded.put(key, m);
            }
        }
    }

    /** A discharged soldier's balance is frozen: rules give and take back nothing (as the portal does). */
    private boolean frozen(long soldierId) {
        return discharged.getOrDefault(soldierId, false);
    }

    /** Whether an outcome change could change what a rule gives: attendance, pass or tier. */
    public static boolean sameOutcome(Outcome a, Outcome b) {
        return Objects.equals(a.attendance(), b.attendance())
                && Objects.equals(a.passed(), b.passed())
                && Objects.equals(a.tier(), b.tier());
    }

    /** Each rule's version in force at the result's entry that applies to it, by rule id. */
    private List<RuleTerms> inForce(Result r) {
        Session s = sessions.get(r.sessionId);
        List<RuleTerms> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (Map.Entry<Long, List<long[]>> e : versionSeqs.entrySet()) {
            long[] latest = null;
            for (long[] v : e.getValue()) {
                if (v[0] < r.seq) {
                    latest = v;
                }
            }
            if (latest == null) {
                continue;
            }
            RuleTerms t = versions.get(e.getKey() + "v" + latest[1]);
            if (RuleEvaluator.applies(t, r.standard, s.signedOn(), s.unitId(), parents::get)) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Outcome> earlier(Result r) {
        List<Outcome> out = new ArrayList<>();
        for (Result x : histories.getOrDefault(r.soldierId + "|" + r.standard, List.of())) {
            if (x.seq < r.seq) {
                out.add(x.effective());
            }
        }
        return out;
    }

    private void movement(long seq, String type, Map<String, Object> p) {
        long id = num(p, "id");
        RuleReference ref = RuleReference.parse((String) p.get("reference"));
        boolean award = type.endsWith(".rule-award");
        if (ref == null) {
            if (award) {
                malformed.add(new Difference(
                        seq,
                        "a reference naming the rule version and its triggering entry",
                        String.valueOf(p.get("reference")),
                        "entry " + seq + " is a rule award that names no rule"));
            }
            return; // a reversal of something else (an appeal's)
        }
        movementRefs.put(id, ref);
        Long reverses = nullableNum(p, "reversesId");
        found.add(new Move(
                seq,
                award ? "RULE_AWARD" : "REVERSAL",
                ref,
                num(p, "soldierId"),
                num(p, "amount"),
                reverses == null ? null : movementRefs.get(reverses)));
    }

    private static Outcome outcome(Map<String, Object> p) {
        Object passed = p.get("passed");
        return new Outcome(
                (String) p.get("attendance"), passed == null ? null : (Boolean) passed, (String) p.get("tier"));
    }

    private static long num(Map<String, Object> p, String key) {
        return ((Number) p.get(key)).longValue();
    }

    private static Long nullableNum(Map<String, Object> p, String key) {
        Object o = p.get(key);
        return o == null ? null : ((Number) o).longValue();
    }
}
