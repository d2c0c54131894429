package org.meritledger.base;

import java.util.List;

/**
 * Input a service refused. Carries i18n keys (not sentences) so each client shows the message in
 * its user's language; nothing has been changed when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** One problem with one field ({@code null} field: the request as a whole). */
    public record Problem(String field, String messageKey, Object... args) {}

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Problem(field, messageKey, args)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("Invalid input:");
        for (Problem p : problems) {
            sb.append(' ')
                    .append(p.field() == null ? "-" : p.field())
                    .append('=')
                    .append(p.messageKey());
        }
        return sb.toString();
    }
}
