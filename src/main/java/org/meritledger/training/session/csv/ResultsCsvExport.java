package org.meritledger.training.session.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes results for download: RFC 4180 CSV in UTF-8 with a byte-order mark, every cell
 * neutralised against formula injection ({@link FormulaCells}).
 *
 * <p>Why the BOM: Excel on Windows opens a BOM-less CSV in the machine's ANSI code page, which
 * garbles non-ASCII names (Chinese names become mojibake); with the BOM it reads UTF-8.
 * LibreOffice, Google Sheets and this portal's own importer accept the BOM, so it costs nothing
 * and the export can be uploaded again as it is.
 */
public final class ResultsCsvExport {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ResultsCsvExport() {}

    public static byte[] write(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord(header.stream().map(FormulaCells::neutralise).toList());
            for (List<String> row : rows) {
                csv.printRecord(row.stream()
                        .map(c -> FormulaCells.neutralise(c == null ? "" : c))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
