package org.meritledger.career;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.meritledger.personnel.Rank;

/**
 * One event of a soldier's career, as recorded. Immutable: a record is never edited, a mistake is
 * put right by recording a further event. {@link #details()} is what is stored (as canonical JSON)
 * and recorded on the ledger, so a row can be rebuilt and compared field by field.
 */
public sealed interface CareerEvent
        permits CareerEvent.Transfer,
                CareerEvent.Promotion,
                CareerEvent.Mission,
                CareerEvent.PerformanceReport,
                CareerEvent.Withdrawal {

    /** Ratings run 1 (unsatisfactory) to 5 (outstanding); the labels are {@code career.rating.N}. */
    int MIN_RATING = 1;

    int MAX_RATING = 5;
    int MAX_REPORT_TEXT = 500;
    int MAX_MISSION_NAME = 120;
    int MAX_MISSION_ROLE = 80;
    int MAX_REASON = 500;

    CareerKind kind();

    /** The day it took effect, or began. */
    LocalDate effectiveOn();

    /** The day it ended, or null (one-day events, ongoing missions). */
    default LocalDate endsOn() {
        return null;
    }

    /** The kind's own fields; numbers as {@code Long} (the JSON value model). */
    Map<String, Object> details();

    /** Moved from one unit to another on {@code effectiveOn}. */
    record Transfer(LocalDate effectiveOn, long fromUnitId, long toUnitId) implements CareerEvent {
        public CareerKind kind() {
            return CareerKind.TRANSFER;
        }

        public Map<String, Object> details() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fromUnitId", fromUnitId);
            m.put("toUnitId", toUnitId);
            return m;
        }
    }

    /** Promoted from one rank to a higher one on {@code effectiveOn}. */
    record Promotion(LocalDate effectiveOn, Rank fromRank, Rank toRank) implements CareerEvent {
        public CareerKind kind() {
            return CareerKind.PROMOTION;
        }

        public Map<String, Object> details() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fromRank", fromRank.name());
            m.put("toRank", toRank.name());
            return m;
        }
    }

    /** Took part in a mission, in a role; {@code endsOn} null while it goes on. */
    record Mission(LocalDate effectiveOn, LocalDate endsOn, String name, String role) implements CareerEvent {
        public CareerKind kind() {
            return CareerKind.MISSION;
        }

        public Map<String, Object> details() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("role", role);
            return m;
        }
    }

    /** A performance report over a period: a rating 1-5 and a short text. */
    record PerformanceReport(LocalDate effectiveOn, LocalDate endsOn, int rating, String text) implements CareerEvent {
        public CareerKind kind() {
            return CareerKind.PERFORMANCE_REPORT;
        }

        public Map<String, Object> details() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rating", (long) rating);
            m.put("text", text);
            return m;
        }
    }

    /** An earlier mission or report withdrawn as recorded in error, with the reason; dated the day it was withdrawn. */
    record Withdrawal(LocalDate effectiveOn, long withdrawnId, CareerKind withdrawnKind, String reason)
            implements CareerEvent {
        public CareerKind kind() {
            return CareerKind.WITHDRAWAL;
        }

        public Map<String, Object> details() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("withdrawnKind", withdrawnKind.name());
            m.put("reason", reason);
            return m;
        }
    }

    /** Rebuilds an event from what was stored ({@code refersTo}: the withdrawn event's id, for a withdrawal). */
    static CareerEvent of(CareerKind kind, LocalDate effectiveOn, LocalDate endsOn, Long refersTo, Map<?, ?> d) {
        switch (kind) {
            case TRANSFER:
                return new Transfer(
                        effectiveOn,
                        ((Number) d.get("fromUnitId")).longValue(),
                        ((Number) d.get("toUnitId")).longValue());
            case PROMOTION:
                return new Promotion(
                        effectiveOn, Rank.valueOf((String) d.get("fromRank")), Rank.valueOf((String) d.get("toRank")));
            case MISSION:
                return new Mission(effectiveOn, endsOn, (String) d.get("name"), (String) d.get("role"));
            case PERFORMANCE_REPORT:
                return new PerformanceReport(
                        effectiveOn, endsOn, ((Number) d.get("rating")).intValue(), (String) d.get("text"));
            case WITHDRAWAL:
                return new Withdrawal(
                        effectiveOn, refersTo, CareerKind.valueOf((String) d.get("withdrawnKind")), (String)
                                d.get("reason"));
            default:
                throw new IllegalArgumentException("unknown career kind " + kind);
        }
    }
}
