package org.meritledger.rewards.leaderboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * The three lists of a unit's leaderboard for a period, from the soldiers' tallies of this period
 * and the one before. Pure.
 *
 * <ul>
 *   <li><b>Top earners</b>: most tokens earned (awards and rule awards); deductions do not lower
 *       this figure, they are listed apart.
 *   <li><b>Most improved</b>: the largest rise of net tokens (earned less deducted) over the
 *       previous period; only soldiers who rose.
 *   <li><b>Deductions</b>: who lost most tokens to deductions, shown apart so that a good month
 *       is not hidden by one bad day and a deduction is not hidden by awards.
 * </ul>
 *
 * Ties share a place (competition ranking) and are listed by soldier id, so the order is stable.
 */
public record Leaderboard(List<Ranked> topEarners, List<Ranked> mostImproved, List<Ranked> deductions) {

    public static Leaderboard of(Collection<Tally> current, Collection<Tally> previous, int top) {
        Map<Long, Tally> now = index(current);
        Map<Long, Tally> before = index(previous);
        Set<Long> everyone = new LinkedHashSet<>(now.keySet());
        everyone.addAll(before.keySet());
        return new Leaderboard(
                rank(now.keySet(), now, before, id -> now.get(id).earned(), top),
                rank(
                        everyone,
                        now,
                        before,
                        id -> get(now, id).net() - get(before, id).net(),
                        top),
                rank(now.keySet(), now, before, id -> now.get(id).deducted(), top));
    }

    private static Map<Long, Tally> index(Collection<Tally> tallies) {
        Map<Long, Tally> out = new HashMap<>();
        for (Tally t : tallies) {
            out.merge(
                    t.soldierId(),
                    t,
                    (a, b) -> new Tally(
                            a.soldierId(),
                            a.earned() + b.earned(),
                            a.deducted() + b.deducted(),
                            a.deductions() + b.deductions()));
        }
        return out;
    }

    private static Tally get(Map<Long, Tally> m, long id) {
        Tally t = m.get(id);
        return t == null ? new Tally(id, 0, 0, 0) : t;
    }

    /** Soldiers with a positive value, highest first, the first {@code top} places. */
    static List<Ranked> rank(
            Collection<Long> ids, Map<Long, Tally> now, Map<Long, Tally> before, ToLongFunction<Long> value, int top) {
        List<long[]> scored = new ArrayList<>();
        for (long id : ids) {
            long v = value.applyAsLong(id);
            if (v > 0) {
                scored.add(new long[] {id, v});
            }
        }
        scored.sort(Comparator.<long[]>comparingLong(a -> -a[1]).thenComparingLong(a -> a[0]));
        List<Ranked> out = new ArrayList<>();
        int place = 0;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < scored.size(); i++) {
            long[] s = scored.get(i);
            if (s[1] != last) {
                place = i + 1;
                last = s[1];
            }
            if (place > top) {
                break; // everyone tied at the last place shown stays on the board
            }
            out.add(new Ranked(place, s[0], s[1], get(now, s[0]), get(before, s[0])));
        }
        return out;
    }
}
