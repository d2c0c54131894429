package org.meritledger.ledger.explorer;

import java.time.Instant;

/**
 * What the explorer narrows the entries to; every part is optional (null = any).
 *
 * @param typePrefix an entry type, e.g. {@code training.result.signed}, or a prefix ending in {@code *},
 *     e.g. {@code training.*}
 * @param actorAccountId entries written by this account
 * @param subjectPrefix a subject, e.g. {@code soldier:42}, or a prefix ending in {@code *}, e.g. {@code soldier:*}
 * @param from entries at or after this time
 * @param to entries before this time
 * @param fromSeq lowest sequence number (inclusive)
 * @param toSeq highest sequence number (inclusive)
 */
public record EntryFilter(
        String typePrefix,
        Long actorAccountId,
        String subjectPrefix,
        Instant from,
        Instant to,
        Long fromSeq,
        Long toSeq) {

    public static final EntryFilter ALL = new EntryFilter(null, null, null, null, null, null, null);

    /** Longest prefix accepted; the columns are 80 (type) and 120 (subject) characters. */
    public static final int MAX_PREFIX = 120;

    public EntryFilter {
        typePrefix = blankToNull(typePrefix);
        subjectPrefix = blankToNull(subjectPrefix);
    }

    /** Only a sequence range (or nothing): the explorer can page by sequence number directly. */
    public boolean bySequenceOnly() {
        return typePrefix == null && actorAccountId == null && subjectPrefix == null && from == null && to == null;
    }

    /** Whether a stored entry passes the filter (the same rule the SQL applies). */
    public boolean matches(long seq, Instant ts, String type, Long actor, String subject) {
        return text(typePrefix, type)
                && (actorAccountId == null || actorAccountId.equals(actor))
                && text(subjectPrefix, subject)
                && (from == null || !ts.isBefore(from))
                && (to == null || ts.isBefore(to))
                && (fromSeq == null || seq >= fromSeq)
                && (toSeq == null || seq <= toSeq);
    }

    /** A value ending in {@code *} asks for a prefix match. */
    public static boolean isPrefix(String value) {
        return value.endsWith("*");
    }

    /** The prefix of a prefix value, without its {@code *}. */
    public static String stem(String value) {
        return value.substring(0, value.length() - 1);
    }

    private static boolean text(String wanted, String actual) {
        if (wanted == null) {
            return true;
        }
        if (actual == null) {
            return false;
        }
        return isPrefix(wanted) ? actual.startsWith(stem(wanted)) : actual.equals(wanted);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
