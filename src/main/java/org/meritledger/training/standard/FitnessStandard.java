package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.training.standard.Standard.FieldType;

/**
 * Physical fitness test: several events, each raw value turned into points by that event's
 * table; a soldier passes with at least {@code minPointsPerEvent} in every event and at least
 * {@code passTotal} in all. A table row reads "this raw value or better earns these points";
 * rows run from best to worst.
 */
public record FitnessStandard(List<Event> events, int minPointsPerEvent, int passTotal) implements Standard {

    public FitnessStandard {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a fitness standard needs at least one event");
        }
        if (minPointsPerEvent < 0 || passTotal < 0) {
            throw new IllegalArgumentException("negative pass marks");
        }
    }

    /** Whether a larger raw value is better (repetitions) or a smaller one (run time). */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    /** "this value or better" earns {@code points}. */
    public record Row(int threshold, int points) {}

    public record Event(String name, FieldType type, Direction direction, int minRaw, int maxRaw, List<Row> table) {

        public Event {
            table = List.copyOf(table);
            if (minRaw > maxRaw || table.isEmpty()) {
                throw new IllegalArgumentException(name + ": empty table or min > max");
            }
            for (int i = 1; i < table.size(); i++) {
                Row better = table.get(i - 1);
                Row worse = table.get(i);
                boolean ordered = direction == Direction.HIGHER_IS_BETTER
                        ? better.threshold() > worse.threshold()
                        : better.threshold() < worse.threshold();
                if (!ordered || better.points() <= worse.points()) {
                    throw new IllegalArgumentException(name + ": table rows must run from best to worst");
                }
            }
        }

        public int points(int raw) {
            for (Row row : table) {
                boolean reached =
                        direction == Direction.HIGHER_IS_BETTER ? raw >= row.threshold() : raw <= row.threshold();
                if (reached) {
                    return row.points();
                }
            }
            return 0;
        }
    }

    /** The portal's shipped standard (v1): push-ups, sit-ups, 3 km run; 60 per event, 180 in all. */
    public static FitnessStandard physicalFitnessTest() {
        Event pushUps = new Event(
                "pushUps",
                FieldType.COUNT,
                Direction.HIGHER_IS_BETTER,
                0,
                200,
                List.of(
                        new Row(71, 100),
                        new Row(60, 90),
                        new Row(50, 80),
                        new Row(42, 70),
                        new Row(35, 60),
                        new Row(30, 50),
                        new Row(20, 30),
                        new Row(10, 10)));
        Event sitUps = new Event(
                "sitUps",
                FieldType.COUNT,
                Direction.HIGHER_IS_BETTER,
                0,
                200,
                List.of(
                        new Row(78, 100),
                        new Row(70, 90),
                        new Row(62, 80),
                        new Row(55, 70),
                        new Row(47, 60),
                        new Row(40, 50),
                        new Row(30, 30),
                        new Row(20, 10)));
        Event run = new Event(
                "run3km",
                FieldType.DURATION,
                Direction.LOWER_IS_BETTER,
                5 * 60,
                45 * 60,
                List.of(
                        new Row(11 * 60, 100),
                        new Row(12 * 60, 90),
                        new Row(13 * 60, 80),
                        new Row(14 * 60, 70),
                        new Row(15 * 60, 60),
                        new Row(16 * 60, 50),
                        new Row(17 * 60 + 30, 30),
                        new Row(19 * 60, 10)));
        return new FitnessStandard(List.of(pushUps, sitUps, run), 60, 180);
    }

    @Override
    public TrainingKind kind() {
        return TrainingKind.FITNESS;
    }

    @Override
    public List<Field> fields() {
        return events.stream().map(e -> new Field(e.name(), e.type(), true)).toList();
    }

    @Override
    public Grade grade(Map<String, String> raw) {
        List<ScoreProblem> problems = new ArrayList<>();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Event e : events) {
            Integer value = e.type() == FieldType.DURATION
                    ? RawValues.duration(raw, e.name(), e.minRaw(), e.maxRaw(), problems)
                    : RawValues.count(raw, e.name(), e.minRaw(), e.maxRaw(), problems);
            if (value != null) {
                points.put(e.name(), e.points(value));
            }
        }
        if (!problems.isEmpty()) {
            return Grade.invalid(problems);
        }
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        boolean everyEvent = points.values().stream().allMatch(p -> p >= minPointsPerEvent);
        return Grade.points(everyEvent && total >= passTotal, total, points);
    }
}
