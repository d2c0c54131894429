package org.meritledger.training.session.csv;

import java.util.Arrays;
import java.util.List;

/**
 * One reason a row (or the whole file, {@code line == 0}) was not imported: an i18n key with its
 * arguments, so the preview and the downloadable report speak the user's language.
 */
public record ImportProblem(long line, String column, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem file(String messageKey, Object... args) {
        return new ImportProblem(0, null, messageKey, Arrays.asList(args));
    }

    public static ImportProblem row(long line, String column, String messageKey, Object... args) {
        return new ImportProblem(line, column, messageKey, Arrays.asList(args));
    }
}
