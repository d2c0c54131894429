package org.meritledger.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.meritledger.base.ui.MainLayout;
import org.meritledger.base.ui.Problems;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.training.SessionDetail;
import org.meritledger.training.SessionService;
import org.meritledger.training.SessionState;
import org.meritledger.training.SheetLine;

/**
 * One session's score sheet: enter by keyboard, save as a draft at any time, sign off once
 * (every result then goes onto the ledger in one transaction). Signed-off sheets are read-only.
 */
@Route(value = "training/session", layout = MainLayout.class)
@RolesAllowed({Role.Names.COMMANDER, Role.Names.ADMIN, Role.Names.AUDITOR})
public class TrainingSessionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SessionService sessions;
    private final CallerProvider callers;
    ScoreSheetEditor sheet;

    @Inject
    public TrainingSessionView(SessionService sessions, CallerProvider callers) {
        this.sessions = sessions;
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
        state.getElement().getThemeList().add(s.state() == SessionState.SIGNED_OFF ? "badge success" : "badge contrast");
        add(new HorizontalLayout(new H2(getTranslation("standard." + s.standardCode()) + " v" + s.standardVersion()), state),
                new Paragraph(s.unitPath() + " · " + TrainingSessionsView.WHEN.format(s.startsAt()) + " · " + s.place()
                        + " · " + s.conductingOfficer()));
        sheet = new ScoreSheetEditor(d.standard(), d.lines().stream()
                .map(l -> new ScoreSheetEditor.Participant(l.soldierId(), l.serviceNumber(), l.name())).toList());
        for (SheetLine l : d.lines()) {
            sheet.load(l.soldierId(), l.attendance(), l.raw());
        }
        add(sheet);
        boolean mayEdit = s.state() == SessionState.DRAFT
                && callers.current().map(c -> c.hasAny(Role.COMMANDER, Role.ADMIN)).orElse(false);
        sheet.setReadOnly(!mayEdit);
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
            add(new HorizontalLayout(save, signOff));
        }
    }

    private List<SessionService.LineInput> inputs() {
        return sheet.lines().stream()
                .map(l -> new SessionService.LineInput(l.participant().soldierId(), l.attendance(), l.raw())).toList();
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
}
