package org.meritledger.personnel.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a generated password once; it is not stored anywhere but as a hash. */
public class OneTimePasswordDialog extends Dialog {

    public OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("account.oneTime.title"));
        TextField shown = new TextField(username);
        shown.setValue(password);
        shown.setReadOnly(true);
        shown.setId("one-time-password");
        add(new Paragraph(getTranslation("account.oneTime.text")), shown);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
