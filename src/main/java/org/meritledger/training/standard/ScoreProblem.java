package org.meritledger.training.standard;

import java.util.Arrays;
import java.util.List;

/**
 * Why a raw value cannot be graded: which field, an i18n message key, and its arguments
 * (for example the allowed range), so each client words it in its user's language.
 * Arguments are a list so two problems compare equal by value.
 */
public record ScoreProblem(String field, String messageKey, List<Object> args) {

    public ScoreProblem {
        args = List.copyOf(args);
    }

    public ScoreProblem(String field, String messageKey, Object... args) {
        this(field, messageKey, Arrays.asList(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
