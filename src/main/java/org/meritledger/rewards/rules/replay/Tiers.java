package org.meritledger.rewards.rules.replay;

import java.util.List;

/**
 * Qualification tiers, best first, by name: the same order as training's {@code Tier} (a test
 * holds the two together), kept here so the replay needs nothing outside the JDK.
 */
public final class Tiers {

    public static final List<String> BEST_FIRST = List.of("EXPERT", "SHARPSHOOTER", "MARKSMAN", "UNQUALIFIED");

    private Tiers() {}

    /** Whether {@code tier} is {@code least} or better; false for a missing or unknown tier. */
    public static boolean atLeast(String tier, String least) {
        int a = rank(tier);
        int b = rank(least);
        return a >= 0 && b >= 0 && a <= b;
    }

    /** Whether {@code tier} is strictly better than {@code than}; false if either is missing. */
    public static boolean better(String tier, String than) {
        int a = rank(tier);
        int b = rank(than);
        return a >= 0 && b >= 0 && a < b;
    }

    public static boolean known(String tier) {
        return rank(tier) >= 0;
    }

    /** 0 for the best, -1 for none (the list is immutable and refuses to look up null). */
    private static int rank(String tier) {
        return tier == null ? -1 : BEST_FIRST.indexOf(tier);
    }
}
