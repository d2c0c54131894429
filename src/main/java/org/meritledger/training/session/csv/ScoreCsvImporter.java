package org.meritledger.training.session.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.ScoreProblem;
import org.meritledger.training.standard.Standard;

/**
 * Reads a results file for one session under one standard and says, row by row, what would be
 * imported and what would not, and why. Nothing is saved here.
 *
 * <p>The file: UTF-8 (a byte-order mark is fine), comma-separated (RFC 4180 quoting), a header
 * row naming {@code service_number} and the standard's fields (e.g. {@code hits}; case, spaces,
 * hyphens and underscores in header names do not matter; other columns such as names are
 * ignored), then one row per soldier. Files over {@code maxBytes} are refused unread.
 */
public final class ScoreCsvImporter {

    /** 2 MiB: about 50,000 rows of a range export, far more than any session. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    static final String SERVICE_NUMBER = "servicenumber";

    private final Standard standard;
    private final long maxBytes;

    public ScoreCsvImporter(Standard standard, long maxBytes) {
        this.standard = standard;
        this.maxBytes = maxBytes;
    }

    /**
     * @param lookup what the session knows about each service number (upper-case) in the file
     */
    public ImportPreview preview(InputStream in, Function<String, Participant> lookup) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return ImportPreview.unusable(ImportProblem.file("training.import.tooLarge", maxBytes / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return ImportPreview.unusable(ImportProblem.file("training.import.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return ImportPreview.unusable(ImportProblem.file("training.import.empty"));
        }
        String headerLine = text.lines().findFirst().orElse("");
        if (!headerLine.contains(",")) {
            for (String other : new String[] {";", "\t", "|"}) {
                if (headerLine.contains(other)) {
                    return ImportPreview.unusable(
                            ImportProblem.file("training.import.wrongDelimiter", other.equals("\t") ? "Tab" : other));
                }
            }
        }
        return parse(text, lookup);
    }

    private ImportPreview parse(String text, Function<String, Participant> lookup) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = columns(parser.getHeaderNames());
            List<String> missing = new ArrayList<>();
            if (!columns.containsKey(SERVICE_NUMBER)) {
                missing.add("service_number");
            }
            for (Standard.Field f : standard.fields()) {
                if (f.required() && !columns.containsKey(normalize(f.name()))) {
                    missing.add(f.name());
                }
            }
            if (!missing.isEmpty()) {
                return ImportPreview.unusable(ImportProblem.file(
                        "training.import.missingColumns", String.join(", ", missing), missing.size()));
            }
            return rows(parser, columns, parser.getHeaderNames().size(), lookup);
        } catch (IllegalArgumentException e) {
            // commons-csv refuses duplicate or empty header names this way
            return ImportPreview.unusable(ImportProblem.file("training.import.badHeader", e.getMessage()));
        } catch (UncheckedIOException | IOException e) {
            return ImportPreview.unusable(ImportProblem.file("training.import.malformedFile", e.getMessage()));
        }
    }

    private ImportPreview rows(
            CSVParser parser, Map<String, Integer> columns, int width, Function<String, Participant> lookup) {
        List<ImportPreview.ValidRow> valid = new ArrayList<>();
        List<ImportPreview.RejectedRow> rejected = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CSVRecord r : parser) {
            long line = r.getParser().getCurrentLineNumber();
            List<String> cells = r.toList();
            List<ImportProblem> problems = new ArrayList<>();
            if (cells.size() != width) {
                problems.add(ImportProblem.row(line, null, "training.import.wrongFieldCount", width, cells.size()));
                rejected.add(new ImportPreview.RejectedRow(line, cells, problems));
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                if (FormulaCells.looksLikeFormula(cells.get(i))) {
                    problems.add(ImportProblem.row(line, parser.getHeaderNames().get(i), "training.import.formula"));
                }
            }
            String sn = cells.get(columns.get(SERVICE_NUMBER)).toUpperCase(Locale.ROOT);
            Map<String, String> raw = new LinkedHashMap<>();
            for (Standard.Field f : standard.fields()) {
                Integer col = columns.get(normalize(f.name()));
                raw.put(f.name(), col == null ? "" : cells.get(col));
            }
            if (sn.isEmpty()) {
                problems.add(ImportProblem.row(line, "service_number", "training.score.required"));
            } else if (firstLine.containsKey(sn)) {
                problems.add(ImportProblem.row(
                        line, "service_number", "training.import.duplicateRow", sn, firstLine.get(sn)));
            } else {
                firstLine.put(sn, line);
                switch (lookup.apply(sn)) {
                    case UNKNOWN ->
                        problems.add(ImportProblem.row(line, "service_number", "training.import.unknownSoldier", sn));
                    case OUTSIDE_SESSION_UNIT ->
                        problems.add(ImportProblem.row(line, "service_number", "training.import.notInSession", sn));
                    case ALREADY_RECORDED ->
                        problems.add(ImportProblem.row(line, "service_number", "training.import.alreadyRecorded", sn));
                    case IN_SESSION -> {}
                }
            }
            Grade grade = standard.grade(raw);
            for (ScoreProblem p : grade.problems()) {
                problems.add(ImportProblem.row(line, p.field(), p.messageKey(), p.argArray()));
            }
            if (problems.isEmpty()) {
                valid.add(new ImportPreview.ValidRow(line, sn, raw, grade));
            } else {
                rejected.add(new ImportPreview.RejectedRow(line, cells, problems));
            }
        }
        if (valid.isEmpty() && rejected.isEmpty()) {
            return ImportPreview.unusable(ImportProblem.file("training.import.noRows"));
        }
        return new ImportPreview(parser.getHeaderNames(), List.of(), valid, rejected);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            out.putIfAbsent(normalize(header.get(i)), i);
        }
        return out;
    }

    static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]", "");
    }
}
