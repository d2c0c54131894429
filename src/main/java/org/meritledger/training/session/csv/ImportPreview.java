package org.meritledger.training.session.csv;

import java.util.List;
import java.util.Map;
import org.meritledger.training.standard.Grade;

/**
 * What an uploaded file would import: the rows that are valid (with their grade, so the preview
 * shows tiers before anything is saved) and the rows that are not, each with its reasons.
 * When the file as a whole is unusable, {@link #fileProblems()} says why and there are no rows.
 */
public record ImportPreview(
        List<String> header, List<ImportProblem> fileProblems, List<ValidRow> valid, List<RejectedRow> rejected) {

    public ImportPreview {
        header = List.copyOf(header);
        fileProblems = List.copyOf(fileProblems);
        valid = List.copyOf(valid);
        rejected = List.copyOf(rejected);
    }

    public static ImportPreview unusable(ImportProblem why) {
        return new ImportPreview(List.of(), List.of(why), List.of(), List.of());
    }

    public boolean usable() {
        return fileProblems.isEmpty();
    }

    /** A row that can be recorded: the soldier, the raw values keyed by the standard's fields, and its grade. */
    public record ValidRow(long line, String serviceNumber, Map<String, String> raw, Grade grade) {}

    /** A row that cannot, with the cells as they were in the file (for the rejection report). */
    public record RejectedRow(long line, List<String> cells, List<ImportProblem> problems) {}
}
