package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tactical drill: the evaluator's verdict, pass or fail, with remarks. A failed drill must say
 * why (the remarks are what the soldier trains on next); remarks are limited in length because
 * they become part of a permanent ledger entry.
 */
public record DrillStandard(int maxRemarks) implements Standard {

    public static final String VERDICT = "verdict";
    public static final String REMARKS = "remarks";

    @Override
    public int maxLength(Field field) {
        return REMARKS.equals(field.name()) ? Math.min(maxRemarks, MAX_TYPED) : MAX_TYPED;
    }

    public DrillStandard {
        if (maxRemarks < 1) {
            throw new IllegalArgumentException("maxRemarks < 1");
        }
    }

    public static DrillStandard tacticalDrill() {
        return new DrillStandard(1000);
    }

    @Override
    public TrainingKind kind() {
        return TrainingKind.DRILL;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field(VERDICT, FieldType.VERDICT, true), new Field(REMARKS, FieldType.TEXT, false));
    }

    @Override
    public Grade grade(Map<String, String> raw) {
        List<ScoreProblem> problems = new ArrayList<>();
        String verdict = RawValues.text(raw, VERDICT).toLowerCase(Locale.ROOT);
        String remarks = RawValues.text(raw, REMARKS);
        Boolean passed = switch (verdict) {
            case "pass", "passed", "p" -> Boolean.TRUE;
            case "fail", "failed", "f" -> Boolean.FALSE;
            case "" -> {
                problems.add(new ScoreProblem(VERDICT, "training.score.required"));
                yield null;
            }
            default -> {
                problems.add(new ScoreProblem(VERDICT, "training.drill.verdict"));
                yield null;
            }
        };
        if (remarks.length() > maxRemarks) {
            problems.add(new ScoreProblem(REMARKS, "validation.tooLong", maxRemarks));
        }
        if (Boolean.FALSE.equals(passed) && remarks.isEmpty()) {
            problems.add(new ScoreProblem(REMARKS, "training.drill.remarksOnFail"));
        }
        return problems.isEmpty() ? Grade.verdict(passed) : Grade.invalid(problems);
    }
}
