package org.meritledger.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.ui.Inputs;
import org.meritledger.base.ui.Problems;
import org.meritledger.security.PasswordChange;
import org.meritledger.security.PasswordPolicy;

/** Lets any logged-in user change their own password, proving the current one first. */
public class ChangePasswordDialog extends Dialog {

    public ChangePasswordDialog(PasswordChange accounts) {
        setHeaderTitle(getTranslation("password.change.title"));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        PasswordField replacement = new PasswordField(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        for (PasswordField f : java.util.List.of(current, replacement, repeat)) {
            Inputs.limit(f, PasswordPolicy.MAX_LENGTH);
        }
        add(new FormLayout(current, replacement, repeat));
        Map<String, HasValidation> fields =
                Map.of("currentPassword", current, "newPassword", replacement, "repeat", repeat);
        Button save = new Button(getTranslation("action.save"), e -> {
            boolean done = Problems.attempt(this, fields, () -> {
                if (!replacement.getValue().equals(repeat.getValue())) {
                    throw new InvalidInputException("repeat", "validation.password.mismatch");
                }
                accounts.changeOwnPassword(
                        current.getValue().toCharArray(), replacement.getValue().toCharArray());
            });
            if (done) {
                Problems.success(getTranslation("password.changed"));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
