package org.meritledger.training.session.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The downloadable report of rows that were not imported: the line number, the row as it was,
 * and the reasons in the user's language. Every cell is neutralised against formula injection,
 * because this file is meant to be opened in a spreadsheet and fixed.
 */
public final class RejectedRowsReport {

    private RejectedRowsReport() {}

    public static String write(
            ImportPreview preview, Function<ImportProblem, String> words, String lineColumn, String reasonColumn) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> head = new ArrayList<>();
            head.add(lineColumn);
            head.addAll(preview.header());
            head.add(reasonColumn);
            csv.printRecord(head.stream().map(FormulaCells::neutralise).toList());
            for (ImportPreview.RejectedRow row : preview.rejected()) {
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(row.line()));
                cells.addAll(row.cells());
                cells.add(row.problems().stream().map(words).collect(Collectors.joining("; ")));
                csv.printRecord(cells.stream().map(FormulaCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
