package org.meritledger.rewards.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    private static Tally t(long soldier, long earned, long deducted) {
        return new Tally(soldier, earned, deducted, deducted > 0 ? 1 : 0);
    }

    private static List<Long> ids(List<Ranked> r) {
        return r.stream().map(Ranked::soldierId).toList();
    }

    private static List<Integer> places(List<Ranked> r) {
        return r.stream().map(Ranked::place).toList();
    }

    @Test
    void topEarnersRankByTokensEarnedAndTiesShareAPlace() {
        Leaderboard b =
                Leaderboard.of(List.of(t(1, 10, 0), t(2, 30, 0), t(3, 10, 5), t(4, 5, 0), t(5, 0, 3)), List.of(), 10);
        assertEquals(List.of(2L, 1L, 3L, 4L), ids(b.topEarners()), "ties by soldier id; no earnings, no place");
        assertEquals(List.of(1, 2, 2, 4), places(b.topEarners()), "competition ranking: 1, 2, 2, 4");
        assertEquals(10, b.topEarners().get(2).value(), "a deduction does not lower the earned figure");
    }

    @Test
    void deductionsAreListedApartBiggestFirst() {
        Leaderboard b = Leaderboard.of(List.of(t(1, 10, 0), t(3, 10, 5), t(5, 0, 8)), List.of(), 10);
        assertEquals(List.of(5L, 3L), ids(b.deductions()));
        assertEquals(8, b.deductions().get(0).value());
    }

    @Test
    void mostImprovedComparesNetTokensWithThePeriodBefore() {
        Leaderboard b = Leaderboard.of(
                List.of(t(1, 20, 0), t(2, 15, 0), t(3, 5, 0)),
                List.of(t(1, 18, 0), t(2, 0, 10), t(3, 30, 0), t(4, 10, 0)),
                10);
        // 1: 18 -> 20 (+2); 2: -10 -> 15 (+25); 3: 30 -> 5 (fell); 4: 10 -> nothing (fell)
        assertEquals(List.of(2L, 1L), ids(b.mostImproved()));
        assertEquals(25, b.mostImproved().get(0).value());
        assertEquals(-10, b.mostImproved().get(0).previous().net());
        assertEquals(15, b.mostImproved().get(0).current().net());
    }

    @Test
    void aSoldierWithNothingBeforeImprovesByAllTheyNetNow() {
        Leaderboard b = Leaderboard.of(List.of(t(7, 12, 2)), List.of(), 10);
        assertEquals(10, b.mostImproved().get(0).value());
    }

    @Test
    void theBoardStopsAtTheTopPlacesButKeepsEveryoneTiedAtTheLastOne() {
        Leaderboard b = Leaderboard.of(List.of(t(1, 9, 0), t(2, 8, 0), t(3, 8, 0), t(4, 7, 0)), List.of(), 2);
        assertEquals(List.of(1L, 2L, 3L), ids(b.topEarners()));
        assertEquals(List.of(1, 2, 2), places(b.topEarners()));
    }

    @Property(tries = 300)
    void placesAreConsistentWithTheValues(
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 50) Integer> earned,
            @ForAll @IntRange(min = 1, max = 12) int top) {
        List<Tally> now = new ArrayList<>();
        for (int i = 0; i < earned.size(); i++) {
            now.add(t(i + 1, earned.get(i), 0));
        }
        List<Ranked> r = Leaderboard.of(now, List.of(), top).topEarners();
        for (int i = 0; i < r.size(); i++) {
            assertTrue(r.get(i).value() > 0);
            assertTrue(r.get(i).place() <= top);
            if (i > 0) {
                assertTrue(r.get(i - 1).value() >= r.get(i).value(), "highest first");
                assertEquals(
                        r.get(i - 1).value() == r.get(i).value() ? r.get(i - 1).place() : i + 1,
                        r.get(i).place(),
                        "a tie shares the place, otherwise the place is the position");
            }
        }
        long positive = earned.stream().filter(e -> e > 0).count();
        assertTrue(r.size() >= Math.min(top, positive), "no one in the top places is left off");
    }
}
