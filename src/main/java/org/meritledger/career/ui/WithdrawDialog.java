package org.meritledger.career.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Predicate;
import org.meritledger.career.CareerEvent;

/** Asks why an event is withdrawn; {@code confirm} gets the reason and says whether it was accepted. */
public class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    public WithdrawDialog(String what, Predicate<String> onConfirm) {
        setId("withdraw-dialog");
        setHeaderTitle(getTranslation("record.withdraw.title", what));
        reason.setLabel(getTranslation("record.withdraw.reason"));
        reason.setMaxLength(CareerEvent.MAX_REASON);
        reason.setWidthFull();
        reason.setId("withdraw-reason");
        add(new Paragraph(getTranslation("record.withdraw.note")), reason);
        confirm.setText(getTranslation("record.withdraw"));
        confirm.setId("withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (onConfirm.test(reason.getValue())) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
        setWidth("32em");
    }

    /** Fields by the names the service reports problems under. */
    public Map<String, HasValidation> fields() {
        return Map.of("reason", reason);
    }
}
