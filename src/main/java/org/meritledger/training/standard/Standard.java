package org.meritledger.training.standard;

import java.util.List;
import java.util.Map;

/**
 * One version of a scoring standard. Immutable: changing a standard makes a new version, and a
 * result keeps the version that graded it, so an old result is never silently re-graded.
 *
 * <p>Raw values arrive as the text a commander typed or a CSV cell held, keyed by field name
 * ({@link #fields()}); parsing them is part of grading so every entry path agrees.
 */
public sealed interface Standard permits MarksmanshipStandard, FitnessStandard, DrillStandard {

    TrainingKind kind();

    /** The raw fields a result under this standard has, in entry order. */
    List<Field> fields();

    Grade grade(Map<String, String> raw);

    /** The longest value any field takes as typed; the session service refuses longer ones. */
    int MAX_TYPED = 1000;

    /** How many characters a field's box takes: what this standard grades, never above {@link #MAX_TYPED}. */
    default int maxLength(Field field) {
        return MAX_TYPED;
    }

    /** A raw input field: its name, how it is typed, and whether it is required. */
    record Field(String name, FieldType type, boolean required) {}

    enum FieldType {
        /** a whole number, e.g. hits or repetitions */
        COUNT,
        /** minutes and seconds, {@code m:ss} */
        DURATION,
        /** pass or fail */
        VERDICT,
        /** free text */
        TEXT
    }
}
