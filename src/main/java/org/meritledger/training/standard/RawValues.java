package org.meritledger.training.standard;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses what was typed. Strict on purpose: "36.0", "+36" or "36 hits" are refused rather than
 * guessed at, because a result becomes a permanent ledger entry.
 */
final class RawValues {

    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):([0-5]\\d)");

    private RawValues() {}

    static String text(Map<String, String> raw, String field) {
        String v = raw.get(field);
        return v == null ? "" : v.strip();
    }

    /** A whole number within [min, max], or null with a problem recorded. */
    static Integer count(Map<String, String> raw, String field, int min, int max, List<ScoreProblem> problems) {
        String v = text(raw, field);
        if (v.isEmpty()) {
            problems.add(new ScoreProblem(field, "training.score.required"));
            return null;
        }
        if (!COUNT.matcher(v).matches()) {
            problems.add(new ScoreProblem(field, "training.score.notWholeNumber", v));
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            problems.add(new ScoreProblem(field, "training.score.range", min, max));
            return null;
        }
        return n;
    }

    /** A duration "m:ss" within [min, max] seconds, as seconds, or null with a problem recorded. */
    static Integer duration(
            Map<String, String> raw, String field, int minSeconds, int maxSeconds, List<ScoreProblem> problems) {
        String v = text(raw, field);
        if (v.isEmpty()) {
            problems.add(new ScoreProblem(field, "training.score.required"));
            return null;
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            problems.add(new ScoreProblem(field, "training.score.notDuration", v));
            return null;
        }
        int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        if (seconds < minSeconds || seconds > maxSeconds) {
            problems.add(
                    new ScoreProblem(field, "training.score.durationRange", format(minSeconds), format(maxSeconds)));
            return null;
        }
        return seconds;
    }

    static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
