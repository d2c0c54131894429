package org.meritledger.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.ledger.RestoreAcceptance;
import org.meritledger.ledger.VerificationReport;

/**
 * "Accept restore to checkpoint N" on the Ledger page, for administrators: shown when the
 * database holds fewer entries than this node's anchor file (a restore from backup, or a
 * rollback). The reason is required and goes into the ledger with the step.
 */
class RestorePanel extends VerticalLayout {

    final Span state = new Span();
    final TextArea reason = new TextArea();
    final Button accept = new Button();
    private final RestoreAcceptance restore;
    private final Runnable refreshPage;
    private long checkpointSize;

    RestorePanel(RestoreAcceptance restore, Runnable refreshPage) {
        this.restore = restore;
        this.refreshPage = refreshPage;
        setId("ledger-restore");
        setPadding(false);
        reason.setId("ledger-restore-reason");
        reason.setLabel(getTranslation("ledger.restore.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        accept.setId("ledger-restore-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_ERROR);
        accept.addClickListener(e -> acceptNow());
        add(new H3(getTranslation("ledger.restore.title")), state, reason, accept);
        refresh();
    }

    final void refresh() {
        RestoreAcceptance.Pending p = restore.pending();
        checkpointSize = p.checkpointSize();
        state.setText(getTranslation("ledger.restore.state", p.anchorSize(), p.checkpointSize()));
        accept.setText(getTranslation("ledger.restore.accept", p.checkpointSize()));
        setVisible(p.rollback());
    }

    private void acceptNow() {
        VerificationReport[] r = new VerificationReport[1];
        if (Problems.attempt(
                this, Map.of("reason", reason), () -> r[0] = restore.accept(checkpointSize, reason.getValue()))) {
            reason.clear();
            Problems.success(getTranslation(
                    r[0].ok() ? "ledger.restore.accepted" : "ledger.restore.stillFailing", checkpointSize));
            refresh();
            refreshPage.run();
        }
    }
}
