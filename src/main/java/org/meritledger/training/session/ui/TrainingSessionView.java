package org.meritledger.training.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.Formats;
import org.meritledger.base.ui.Problems;
import org.meritledger.base.ui.RowActions;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.correction.CorrectionService;
import org.meritledger.training.correction.ResultLine;
import org.meritledger.training.correction.ui.CorrectionDialog;
import org.meritledger.training.correction.ui.ResultHistoryDialog;
import org.meritledger.training.session.SessionDetail;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.SessionState;
import org.meritledger.training.session.SheetLine;
import org.meritledger.training.session.csv.ScoreFileService;
import org.meritledger.training.standard.ui.Outcomes;
import org.meritledger.training.standard.ui.ScoreSheetEditor;

/**
 * One session's score sheet: enter by keyboard, save as a draft at any time, sign off once
 * (every result then goes onto the ledger in one transaction), or import a CSV into the draft.
 * Signed-off sheets are read-only; below them each result as it counts now, with Correct and
 * History, and the CSV export.
 */
@Route("training/session")
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class TrainingSessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionService sessions;
    private final CorrectionService corrections;
    private final ScoreFileService files;
    private final CallerProvider callers;
    ScoreSheetEditor sheet;
    Grid<ResultLine> results;
    Button importButton;
    Anchor export;
    /** Why sign-off cannot be pressed; hidden while it can. */
    Paragraph signOffBlocked;

    @Inject
    public TrainingSessionView(
            SessionService sessions, CorrectionService corrections, ScoreFileService files, CallerProvider callers) {
        this.sessions = sessions;
        this.corrections = corrections;
        this.files = files;
        this.callers = callers;
        setId("training-session");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        load(id);
    }

    /** (Re)builds the page from the service: on entry and after sign-off. */
    private void load(Long id) {
        removeAll();
        if (id == null || !Problems.attempt(this, Map.of(), () -> show(sessions.detail(id)))) {
            add(new Paragraph(getTranslation("error.notFound")));
        }
    }

    private void show(SessionDetail d) {
        var s = d.summary();
        Span state = new Span(getTranslation("training.state." + s.state().name()));
        state.setId("session-state");
        state.getElement()
                .getThemeList()
                .add(s.state() == SessionState.SIGNED_OFF ? "badge success" : "badge contrast");
        add(
                new HorizontalLayout(
                        new H2(getTranslation("standard." + s.standardCode()) + " v" + s.standardVersion()), state),
                new Paragraph(s.unitPath() + " · " + Formats.WHEN.format(s.startsAt()) + " · " + s.place() + " · "
                        + s.conductingOfficer()));
        sheet = new ScoreSheetEditor(
                d.standard(),
                d.lines().stream()
                        .map(l -> new ScoreSheetEditor.Participant(l.soldierId(), l.serviceNumber(), participant(l)))
                        .toList());
        for (SheetLine l : d.lines()) {
            sheet.load(l.soldierId(), l.attendance(), l.raw());
        }
        add(sheet);
        boolean commands =
                callers.current().map(c -> c.hasAny(Role.COMMANDER, Role.ADMIN)).orElse(false);
        boolean mayEdit = s.state() == SessionState.DRAFT && commands;
        sheet.setReadOnly(!mayEdit);
        if (s.state() == SessionState.SIGNED_OFF) {
            showResults(d, commands);
        }
        if (mayEdit) {
            Button save = new Button(getTranslation("training.session.saveDraft"));
            save.setId("session-save");
            Button signOff = new Button(getTranslation("training.session.signOff"));
            signOff.setId("session-sign-off");
            signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (Problems.attempt(this, Map.of(), () -> sessions.saveDraft(s.id(), inputs()))) {
                    Problems.success(getTranslation("training.session.draftSaved"));
                }
            });
            signOff.addClickListener(e -> confirmSignOff(s.id()));
            Paragraph blocked = new Paragraph();
            signOffBlocked = blocked;
            blocked.setId("sign-off-blocked");
            blocked.addClassName("sign-off-blocked");
            Long own = callers.current().map(c -> c.soldierId()).orElse(null);
            boolean ownLine = own != null && d.lines().stream().anyMatch(l -> own.equals(l.soldierId()));
            Runnable update = () -> {
                String reason = signOffBlock(ownLine);
                signOff.setEnabled(reason == null);
                blocked.setText(reason == null ? "" : reason);
                blocked.setVisible(reason != null);
            };
            sheet.addChangeListener(update);
            update.run();
            importButton = new Button(
                    getTranslation("training.import.open"),
                    VaadinIcon.UPLOAD.create(),
                    e -> new ScoreImportDialog(
                                    files,
                                    s.id(),
                                    d.standard(),
                                    () -> sessions.saveDraft(s.id(), inputs()),
                                    () -> load(s.id()))
                            .open());
            importButton.setId("session-import");
            add(new HorizontalLayout(save, signOff, importButton), blocked);
        }
    }

    /**
     * Why sign-off cannot be pressed now, or null: the viewer's own result is on the sheet (the
     * service refuses that too), or lines are neither validly graded nor marked absent, named.
     */
    private String signOffBlock(boolean ownLine) {
        if (ownLine) {
            return getTranslation("training.session.ownResult");
        }
        List<String> names = sheet.incomplete().stream()
                .map(l -> l.participant().name() + " (" + l.participant().serviceNumber() + ")")
                .toList();
        return names.isEmpty()
                ? null
                : getTranslation("training.session.incomplete", names.size(), String.join("; ", names));
    }

    /**
     * Signed-off sessions: every result as signed and as it counts now, with Correct (commanders
     * and administrators; the service checks scope again) and History, and the CSV export.
     */
    private void showResults(SessionDetail d, boolean mayCorrect) {
        long id = d.summary().id();
        results = new Grid<>();
        results.setId("session-results");
        results.addColumn(ResultLine::serviceNumber)
                .setHeader(getTranslation("soldier.serviceNumber"))
                .setAutoWidth(true);
        results.addColumn(ResultLine::name)
                .setHeader(getTranslation("training.sheet.name"))
                .setAutoWidth(true);
        results.addColumn(l -> Outcomes.text(this, l.original()))
                .setHeader(getTranslation("training.results.signed"))
                .setAutoWidth(true);
        results.addComponentColumn(l -> Outcomes.badge(this, l.effective()))
                .setHeader(getTranslation("training.results.current"))
                .setAutoWidth(true);
        results.addColumn(l -> Outcomes.values(this, d.standard(), l.effective()))
                .setHeader(getTranslation("training.values"))
                .setAutoWidth(true);
        results.addComponentColumn(l -> {
                    Span mark = new Span(
                            l.mark() == ResultLine.Mark.NONE
                                    ? ""
                                    : getTranslation(
                                            "training.results.mark." + l.mark().name()));
                    if (l.mark() != ResultLine.Mark.NONE) {
                        mark.getElement()
                                .getThemeList()
                                .add(l.mark() == ResultLine.Mark.PENDING ? "badge contrast" : "badge");
                    }
                    return mark;
                })
                .setHeader(getTranslation("training.results.correction"))
                .setKey("mark")
                .setAutoWidth(true);
        results.addComponentColumn(l -> {
                    HorizontalLayout actions = new HorizontalLayout();
                    if (mayCorrect) {
                        Button correct = new Button(
                                getTranslation("training.correct"),
                                e -> new CorrectionDialog(corrections, d.standard(), l, () -> load(id)).open());
                        correct.setId("correct-" + l.resultId());
                        correct.setEnabled(l.mark() != ResultLine.Mark.PENDING);
                        correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        actions.add(correct);
                    }
                    Button history = new Button(getTranslation("training.history"), e -> {
                        Problems.attempt(
                                this,
                                Map.of(),
                                () -> new ResultHistoryDialog(corrections.history(l.resultId())).open());
                    });
                    history.setId("history-" + l.resultId());
                    history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    actions.add(history);
                    return actions;
                })
                .setHeader("")
                .setKey("actions");
        RowActions.keepInReach(results, results.getColumnByKey("actions"));
        results.setItems(corrections.lines(id));
        results.setAllRowsVisible(true);
        export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = files.export(id);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            "session-" + id + "-results.csv",
                            "text/csv; charset=UTF-8",
                            csv.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("training.export"));
        export.setId("session-export");
        add(new HorizontalLayout(new H3(getTranslation("training.results.title")), export), results);
    }

    private List<SessionService.LineInput> inputs() {
        return sheet.lines().stream()
                .map(l -> new SessionService.LineInput(l.participant().soldierId(), l.attendance(), l.raw()))
                .toList();
    }

    private void confirmSignOff(long id) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("training.session.signOff"));
        confirm.setText(getTranslation("training.session.signOffConfirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("training.session.signOff"));
        confirm.addConfirmListener(e -> {
            boolean ok = Problems.attempt(this, Map.of(), () -> {
                sessions.saveDraft(id, inputs());
                sessions.signOff(id);
            });
            if (ok) {
                Problems.success(getTranslation("training.session.signedOffNow"));
                load(id);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.sessions.title");
    }

    /** A line a range device filled in says so, with its submission (the ledger entry carries the device's signature). */
    private String participant(SheetLine l) {
        return l.deviceSigned()
                ? l.name() + " · " + getTranslation("training.session.deviceSigned", "#" + l.deviceSubmissionId())
                : l.name();
    }
}
