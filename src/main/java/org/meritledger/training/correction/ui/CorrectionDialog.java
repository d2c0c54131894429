package org.meritledger.training.correction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.training.correction.Correction;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Grade;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.ui.ScoreSheetEditor;

/**
 * Correct one signed-off result: the new values on a one-line score sheet (graded as you type,
 * with the session's standard), a reason, and a live note on whether a second person must
 * approve. The service decides again; this dialog only asks.
 */
public class CorrectionDialog extends Dialog {

    final ScoreSheetEditor sheet;
    final TextArea reason = new TextArea();
    final Paragraph approvalNote = new Paragraph();
    final Button save;
    private final ResultLine line;

    public CorrectionDialog(CorrectionService corrections, Standard standard, ResultLine line, Runnable onSaved) {
        this.line = line;
        setHeaderTitle(getTranslation("training.correction.dialogTitle", line.serviceNumber() + " " + line.name()));
        setId("correction-dialog");
        sheet = new ScoreSheetEditor(
                standard,
                List.of(new ScoreSheetEditor.Participant(line.soldierId(), line.serviceNumber(), line.name())));
        sheet.setId("correction-sheet"); // the page's own sheet is "score-sheet"
        sheet.load(
                line.soldierId(),
                line.effective().attendance(),
                line.effective().raw());
        reason.setLabel(getTranslation("training.correction.reason"));
        reason.setId("correction-reason");
        reason.setRequired(true);
        Inputs.limit(reason, Correction.REASON);
        reason.setWidthFull();
        approvalNote.setId("correction-approval-note");
        ScoreSheetEditor.Line l = sheet.lines().get(0);
        l.attendanceSelect().addValueChangeListener(e -> updateNote());
        l.boxes().forEach(b -> {
            b.setValueChangeMode(ValueChangeMode.EAGER);
            b.addValueChangeListener(e -> updateNote());
        });
        updateNote();
        save = new Button(getTranslation("training.correction.save"), e -> {
            long[] id = new long[1];
            boolean ok = Problems.attempt(
                    this,
                    Map.of("reason", reason),
                    () -> id[0] = corrections.correct(line.resultId(), l.attendance(), l.raw(), reason.getValue()));
            if (ok) {
                boolean pending = corrections.history(line.resultId()).pending();
                Problems.success(
                        getTranslation(pending ? "training.correction.savedPending" : "training.correction.saved"));
                close();
                onSaved.run();
            }
        });
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(sheet, reason, approvalNote);
        getFooter().add(cancel, save);
        setWidth("min(60rem, 95vw)");
    }

    /** Says before saving whether the correction will count at once or wait for a second person. */
    private void updateNote() {
        ScoreSheetEditor.Line l = sheet.lines().get(0);
        Grade proposed = l.attendance() == Attendance.PRESENT ? l.grade() : Grade.verdict(false);
        if (proposed == null || !proposed.valid()) {
            approvalNote.setText("");
            return;
        }
        boolean second = Correction.needsSecondPerson(line.effective().grade(), proposed);
        approvalNote.setText(
                getTranslation(second ? "training.correction.needsApproval" : "training.correction.takesEffect"));
    }
}
