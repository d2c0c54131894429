package org.meritledger.training.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rifle qualification: hits out of {@code maxHits}; the tier is the best whose minimum the hits
 * reach. The shipped standard (v1) is 40 targets: Expert 36-40, Sharpshooter 30-35,
 * Marksman 23-29, Unqualified below 23.
 */
public record MarksmanshipStandard(int maxHits, int expertMin, int sharpshooterMin, int marksmanMin)
        implements Standard {

    public static final String HITS = "hits";

    public MarksmanshipStandard {
        if (!(0 < marksmanMin
                && marksmanMin <= sharpshooterMin
                && sharpshooterMin <= expertMin
                && expertMin <= maxHits)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < marksman <= sharpshooter <= expert <= max: "
                    + marksmanMin + ", " + sharpshooterMin + ", " + expertMin + ", " + maxHits);
        }
    }

    /** The standard the portal ships with. */
    public static MarksmanshipStandard rifleQualification() {
        return new MarksmanshipStandard(40, 36, 30, 23);
    }

    @Override
    public TrainingKind kind() {
        return TrainingKind.MARKSMANSHIP;
    }

    @Override
    public List<Field> fields() {
        return List.of(new Field(HITS, FieldType.COUNT, true));
    }

    @Override
    public Grade grade(Map<String, String> raw) {
        List<ScoreProblem> problems = new ArrayList<>();
        Integer hits = RawValues.count(raw, HITS, 0, maxHits, problems);
        if (hits == null) {
            return Grade.invalid(problems);
        }
        return Grade.tier(tierFor(hits));
    }

    public Tier tierFor(int hits) {
        if (hits >= expertMin) {
            return Tier.EXPERT;
        }
        if (hits >= sharpshooterMin) {
            return Tier.SHARPSHOOTER;
        }
        if (hits >= marksmanMin) {
            return Tier.MARKSMAN;
        }
        return Tier.UNQUALIFIED;
    }
}
