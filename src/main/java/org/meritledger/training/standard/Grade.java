package org.meritledger.training.standard;

import java.util.List;
import java.util.Map;

/**
 * The outcome of grading one result: qualified or passed or not, the tier where the standard has
 * tiers, the points per event where it has points, and the problems if the raw input was not
 * gradable (then {@link #valid()} is false and nothing else is meaningful).
 */
public record Grade(
        boolean valid,
        boolean passed,
        Tier tier,
        Integer totalPoints,
        Map<String, Integer> eventPoints,
        List<ScoreProblem> problems) {

    public Grade {
        eventPoints = eventPoints == null ? Map.of() : Map.copyOf(eventPoints);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static Grade invalid(List<ScoreProblem> problems) {
        return new Grade(false, false, null, null, Map.of(), problems);
    }

    public static Grade tier(Tier tier) {
        return new Grade(true, tier.qualified(), tier, null, Map.of(), List.of());
    }

    public static Grade points(boolean passed, int total, Map<String, Integer> perEvent) {
        return new Grade(true, passed, null, total, perEvent, List.of());
    }

    public static Grade verdict(boolean passed) {
        return new Grade(true, passed, null, null, Map.of(), List.of());
    }
}
