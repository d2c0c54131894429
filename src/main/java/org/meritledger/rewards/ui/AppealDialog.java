package org.meritledger.rewards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.meritledger.base.ui.Problems;
import org.meritledger.rewards.appeal.AppealService;
import org.meritledger.rewards.mytokens.TokenLine;

/** The soldier's appeal of one deduction: a text, filed once. */
public class AppealDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button submit;

    public AppealDialog(AppealService appeals, TokenLine deduction, Runnable done) {
        setHeaderTitle(getTranslation("rewards.appeal.dialog.title"));
        text.setLabel(getTranslation("rewards.appeal.text"));
        text.setMaxLength(AppealService.MAX_TEXT);
        text.setWidthFull();
        submit = new Button(getTranslation("rewards.appeal.submit"), e -> {
            if (Problems.attempt(this, Map.of("text", text), () -> appeals.file(deduction.id(), text.getValue()))) {
                Notification.show(getTranslation("rewards.appeal.filed"));
                close();
                done.run();
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(deduction.amount() + " · " + (deduction.reason() == null ? "" : deduction.reason())), text);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), submit);
        setWidth("32rem");
    }
}
