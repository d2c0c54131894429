package org.meritledger.training.session.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.meritledger.training.standard.FitnessStandard;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Tier;

class ScoreCsvImporterTest {

    private final ScoreCsvImporter rifle =
            new ScoreCsvImporter(MarksmanshipStandard.rifleQualification(), ScoreCsvImporter.DEFAULT_MAX_BYTES);
    private final Set<String> recorded = new HashSet<>();
    /** MR-1..MR-99 are in the session, MR-5xx in another company, anything else unknown. */
    private final Function<String, Participant> session = sn -> {
        if (recorded.contains(sn)) {
            return Participant.ALREADY_RECORDED;
        }
        if (sn.matches("MR-\\d{1,2}")) {
            return Participant.IN_SESSION;
        }
        return sn.matches("MR-5\\d\\d") ? Participant.OUTSIDE_SESSION_UNIT : Participant.UNKNOWN;
    };

    private ImportPreview read(String csv) throws IOException {
        return rifle.preview(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), session);
    }

    private static String fileProblem(ImportPreview p) {
        return p.fileProblems().get(0).messageKey();
    }

    private static List<String> keys(ImportPreview.RejectedRow row) {
        return row.problems().stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void aGoodFileGradesEveryRow() throws IOException {
        ImportPreview p = read("\uFEFFService Number,Name,Hits\r\nmr-1,Able,36\r\nMR-2,\"Baker, B\",22\r\n");
        assertTrue(p.usable());
        assertEquals(2, p.valid().size());
        assertEquals(Tier.EXPERT, p.valid().get(0).grade().tier());
        assertEquals("MR-1", p.valid().get(0).serviceNumber());
        assertEquals(Tier.UNQUALIFIED, p.valid().get(1).grade().tier());
        assertEquals(3, p.valid().get(1).line());
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertEquals("training.import.empty", fileProblem(read("")));
        assertEquals("training.import.empty", fileProblem(read(" \n\n")));
        assertEquals("training.import.noRows", fileProblem(read("service_number,hits\n")));
    }

    @Test
    void wrongDelimiterIsNamed() throws IOException {
        ImportPreview p = read("service_number;hits\nMR-1;36\n");
        assertEquals("training.import.wrongDelimiter", fileProblem(p));
        assertEquals(List.of(";"), p.fileProblems().get(0).args());
        assertEquals(
                List.of("Tab"),
                read("service_number\thits\nMR-1\t36\n").fileProblems().get(0).args());
    }

    @Test
    void wrongEncodingIsRefused() throws IOException {
        byte[] latin1 = "service_number,name,hits\nMR-1,Müller,36\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("training.import.notUtf8", fileProblem(rifle.preview(new ByteArrayInputStream(latin1), session)));
    }

    @Test
    void missingColumnsAreListed() throws IOException {
        ImportPreview p = read("soldier,score\nMR-1,36\n");
        assertEquals("training.import.missingColumns", fileProblem(p));
        assertEquals(List.of("service_number, hits", 2), p.fileProblems().get(0).args());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithoutReadingItAll() throws IOException {
        long fifty = 50L * 1024 * 1024;
        CountingStream in = new CountingStream(fifty);
        ImportPreview p = rifle.preview(in, session);
        assertEquals("training.import.tooLarge", fileProblem(p));
        assertEquals(List.of(2048L), p.fileProblems().get(0).args());
        assertTrue(in.read <= ScoreCsvImporter.DEFAULT_MAX_BYTES + 1, "read " + in.read + " bytes");
    }

    @Test
    void eachBadRowSaysWhyAndTheGoodRowsStillImport() throws IOException {
        ImportPreview p = read(String.join(
                "\n",
                "service_number,hits",
                "MR-1,36",
                "MR-1,30", // duplicate of line 2
                "MR-777,30", // unknown
                "MR-501,30", // another company
                "MR-3,41", // out of range
                "MR-4,=1+35", // formula
                "MR-5,30,extra", // malformed line
                "MR-6,", // missing score
                "MR-7,29"));
        assertEquals(
                List.of("MR-1", "MR-7"),
                p.valid().stream().map(ImportPreview.ValidRow::serviceNumber).toList());
        assertEquals(7, p.rejected().size());
        assertEquals(List.of("training.import.duplicateRow"), keys(p.rejected().get(0)));
        assertEquals(List.of("MR-1", 2L), p.rejected().get(0).problems().get(0).args());
        assertEquals(
                List.of("training.import.unknownSoldier"), keys(p.rejected().get(1)));
        assertEquals(List.of("training.import.notInSession"), keys(p.rejected().get(2)));
        assertEquals(List.of("training.score.range"), keys(p.rejected().get(3)));
        assertEquals(
                List.of("training.import.formula", "training.score.notWholeNumber"),
                keys(p.rejected().get(4)));
        assertEquals(
                List.of("training.import.wrongFieldCount"), keys(p.rejected().get(5)));
        assertEquals(List.of("training.score.required"), keys(p.rejected().get(6)));
        assertEquals(6, p.rejected().get(3).line());
    }

    @Test
    void unterminatedQuoteMakesTheFileUnusable() throws IOException {
        assertEquals("training.import.malformedFile", fileProblem(read("service_number,hits\nMR-1,\"36\nMR-2,30\n")));
    }

    @Test
    void importingTheSameFileTwiceImportsNothingTheSecondTime() throws IOException {
        String file = "service_number,hits\nMR-1,36\nMR-2,31\n";
        ImportPreview first = read(file);
        assertEquals(2, first.valid().size());
        first.valid().forEach(r -> recorded.add(r.serviceNumber())); // what the session service records
        ImportPreview second = read(file);
        assertEquals(0, second.valid().size());
        assertTrue(
                second.rejected().stream().allMatch(r -> keys(r).equals(List.of("training.import.alreadyRecorded"))));
    }

    @Test
    void tenThousandRowsAreReadQuickly() throws IOException {
        ScoreCsvImporter pft =
                new ScoreCsvImporter(FitnessStandard.physicalFitnessTest(), ScoreCsvImporter.DEFAULT_MAX_BYTES);
        StringBuilder sb = new StringBuilder("service_number,push-ups,sit-ups,run 3km\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("S-")
                    .append(i)
                    .append(',')
                    .append(i % 90)
                    .append(',')
                    .append(i % 85)
                    .append(",1")
                    .append(i % 6)
                    .append(':')
                    .append(String.format("%02d", i % 60))
                    .append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        long t = System.nanoTime();
        ImportPreview p = pft.preview(new ByteArrayInputStream(bytes), sn -> Participant.IN_SESSION);
        long ms = (System.nanoTime() - t) / 1_000_000;
        assertEquals(
                10_000,
                p.valid().size(),
                () -> p.rejected().isEmpty() ? "" : p.rejected().get(0).toString());
        // No timing assertion (see docs/benchmarks.md); the figure is printed for the record.
        System.out.println("CSV import preview, 10,000 fitness rows (" + bytes.length / 1024 + " KiB): " + ms + " ms");
    }

    @Test
    void rejectionReportNeutralisesFormulas() throws IOException {
        ImportPreview p = read("service_number,hits\n=HYPERLINK(\"http://x\"),30\n@SUM(1),30\n");
        String report = RejectedRowsReport.write(p, ImportProblem::messageKey, "line", "reason");
        assertTrue(report.contains("'=HYPERLINK"), report);
        assertTrue(report.contains("'@SUM(1)"), report);
        assertFalse(report.lines().anyMatch(l -> l.startsWith("=") || l.contains(",=") || l.contains(",@")), report);
        assertEquals("'-1", FormulaCells.neutralise("-1"));
        assertEquals("36", FormulaCells.neutralise("36"));
    }

    /** Serves {@code size} bytes of a plausible CSV without holding them, and counts what was read. */
    static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return read % 16 == 0 ? '\n' : '7';
        }
    }
}
