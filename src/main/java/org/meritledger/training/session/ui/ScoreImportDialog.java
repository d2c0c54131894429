package org.meritledger.training.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.meritledger.base.ui.Problems;
import org.meritledger.training.session.csv.ImportPreview;
import org.meritledger.training.session.csv.ImportProblem;
import org.meritledger.training.session.csv.RejectedRowsReport;
import org.meritledger.training.session.csv.ScoreFileService;
import org.meritledger.training.standard.Standard;

/**
 * Import a range system's or spreadsheet's CSV into a draft session: upload (kept in memory,
 * refused over the size limit), a preview with a reason on each bad row, then "Import N valid
 * rows" fills the draft sheet (not signed). The rejected rows can be downloaded as CSV to fix.
 */
public class ScoreImportDialog extends Dialog {

    /** One preview row: valid or rejected, with its reasons. */
    record Row(long line, String serviceNumber, String values, String problems, boolean valid) {}

    final Upload upload;
    final Grid<Row> preview = new Grid<>();
    final Paragraph summary = new Paragraph();
    final Button importButton = new Button();
    final Anchor report = new Anchor();
    private final ScoreFileService files;
    private final long sessionId;
    private final Runnable beforeImport;
    private final Runnable afterImport;
    private byte[] file;

    /**
     * @param beforeImport saves what is typed on the sheet, so the import sees it (and does not overwrite it)
     * @param afterImport  reloads the sheet
     */
    public ScoreImportDialog(
            ScoreFileService files, long sessionId, Standard standard, Runnable beforeImport, Runnable afterImport) {
        this.files = files;
        this.sessionId = sessionId;
        this.beforeImport = beforeImport;
        this.afterImport = afterImport;
        setId("import-dialog");
        setHeaderTitle(getTranslation("training.import.title"));
        int maxKiB = (int) (ScoreFileService.MAX_BYTES / 1024);
        Paragraph hint = new Paragraph(getTranslation(
                "training.import.hint",
                standard.fields().stream().map(Standard.Field::name).collect(Collectors.joining(", ")),
                maxKiB));
        upload = new Upload(new InMemoryUploadHandler((meta, bytes) -> accept(bytes)) {
            @Override
            public long getFileSizeMax() {
                // refuse on the server too, not only in the browser (a little room for multipart overhead)
                return ScoreFileService.MAX_BYTES + 1;
            }
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ScoreFileService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        // the browser refuses too large or non-CSV files before sending them; say why in the user's language
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("training.import.tooLarge", maxKiB))
                        .setIncorrectFileType(getTranslation("training.import.notCsv"))
                        .setTooManyFiles(getTranslation("training.import.oneFile"))));
        upload.addFileRejectedListener(e -> showSummary(e.getErrorMessage(), true));
        preview.setId("import-preview");
        preview.addColumn(Row::line)
                .setHeader(getTranslation("training.import.line"))
                .setAutoWidth(true);
        preview.addColumn(Row::serviceNumber)
                .setHeader(getTranslation("soldier.serviceNumber"))
                .setAutoWidth(true);
        preview.addColumn(Row::values)
                .setHeader(getTranslation("training.values"))
                .setAutoWidth(true);
        preview.addColumn(Row::problems)
                .setHeader(getTranslation("training.import.problems"))
                .setFlexGrow(3);
        preview.setClassNameGenerator(r -> r.valid() ? null : "import-rejected");
        preview.setVisible(false);
        summary.setId("import-summary");
        importButton.setId("import-run");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.setText(getTranslation("training.import.run", 0));
        importButton.addClickListener(e -> runImport());
        report.setId("import-report");
        report.setText(getTranslation("training.import.report"));
        report.setVisible(false);
        add(hint, upload, summary, preview, report);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), importButton);
        setWidth("min(70rem, 95vw)");
    }

    /** A file arrived (from the upload, or a test): preview it; nothing is saved yet. */
    void accept(byte[] bytes) {
        this.file = bytes;
        ImportPreview[] p = new ImportPreview[1];
        if (!Problems.attempt(this, Map.of(), () -> p[0] = files.preview(sessionId, bytes))) {
            file = null;
            return;
        }
        show(p[0]);
    }

    private void show(ImportPreview p) {
        importButton.setEnabled(p.usable() && !p.valid().isEmpty());
        importButton.setText(getTranslation("training.import.run", p.valid().size()));
        if (!p.usable()) {
            preview.setVisible(false);
            report.setVisible(false);
            showSummary(p.fileProblems().stream().map(this::words).collect(Collectors.joining(" ")), true);
            return;
        }
        List<Row> rows = new ArrayList<>();
        p.valid()
                .forEach(v -> rows.add(new Row(
                        v.line(),
                        v.serviceNumber(),
                        v.raw().values().stream().collect(Collectors.joining(", ")),
                        getTranslation("training.import.ok"),
                        true)));
        p.rejected()
                .forEach(r -> rows.add(new Row(
                        r.line(),
                        r.cells().isEmpty() ? "" : r.cells().get(0),
                        String.join(", ", r.cells()),
                        r.problems().stream().map(this::words).collect(Collectors.joining("; ")),
                        false)));
        rows.sort(java.util.Comparator.comparingLong(Row::line));
        preview.setItems(rows);
        preview.setVisible(true);
        // the same file again: say plainly that nothing new is in it, not only "0 rows"
        long already = p.rejected().stream()
                .filter(r ->
                        r.problems().stream().anyMatch(x -> x.messageKey().equals("training.import.alreadyRecorded")))
                .count();
        showSummary(
                p.valid().isEmpty() && already > 0
                        ? getTranslation(
                                "training.import.nothingNew",
                                already,
                                p.rejected().size() - already)
                        : getTranslation(
                                "training.import.summary",
                                p.valid().size(),
                                p.rejected().size()),
                false);
        report.setVisible(!p.rejected().isEmpty());
        if (!p.rejected().isEmpty()) {
            byte[] csv = RejectedRowsReport.write(
                            p,
                            this::words,
                            getTranslation("training.import.line"),
                            getTranslation("training.import.problems"))
                    .getBytes(StandardCharsets.UTF_8);
            report.setHref(
                    DownloadHandler.fromInputStream(event -> new DownloadResponse(
                            new ByteArrayInputStream(csv), "rejected-rows.csv", "text/csv; charset=UTF-8", csv.length)),
                    AttachmentType.DOWNLOAD);
        }
    }

    private void runImport() {
        if (file == null) {
            return;
        }
        int[] n = new int[1];
        boolean ok = Problems.attempt(this, Map.of(), () -> {
            beforeImport.run();
            n[0] = files.importValid(sessionId, file);
        });
        if (ok) {
            Problems.success(
                    n[0] == 0
                            ? getTranslation("training.import.nothingImported")
                            : getTranslation("training.import.done", n[0]));
            close();
            afterImport.run();
        }
    }

    private void showSummary(String text, boolean error) {
        summary.setText(text);
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add(error ? "badge error" : "badge");
    }

    private String words(ImportProblem p) {
        String text = getTranslation(p.messageKey(), p.args().toArray());
        return p.column() == null ? text : p.column() + ": " + text;
    }
}
