package org.meritledger.base;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.meritledger.base.InvalidInputException.Problem;

/**
 * Collects every problem with a draft before anything is written, so the user sees all of them
 * at once. Message keys are translated by the client ({@code validation.*}). Used by the
 * services of several features (personnel, career) before they write.
 */
public final class Checks {

    private final List<Problem> problems = new ArrayList<>();

    /** Trimmed text; records "required" or "too long" problems. */
    public String text(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            problems.add(new Problem(field, "validation.required"));
        } else if (v.length() > max) {
            problems.add(new Problem(field, "validation.tooLong", max));
        }
        return v;
    }

    /** Trimmed text under a shared rule: required, at most its length, matching its pattern. */
    public String text(String field, String value, TextRule rule) {
        String v = text(field, value, rule.maxLength());
        if (ok(field) && !rule.matches(v)) {
            problems.add(new Problem(field, rule.patternMessageKey()));
        }
        return v;
    }

    public String pattern(String field, String value, Pattern pattern, String messageKey) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            problems.add(new Problem(field, messageKey));
        }
        return value;
    }

    public <T> T required(String field, T value) {
        if (value == null) {
            problems.add(new Problem(field, "validation.required"));
        }
        return value;
    }

    public void fail(String field, String messageKey, Object... args) {
        problems.add(new Problem(field, messageKey, args));
    }

    public boolean ok(String field) {
        return problems.stream().noneMatch(p -> field.equals(p.field()));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
