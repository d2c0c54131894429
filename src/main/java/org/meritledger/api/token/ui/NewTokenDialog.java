package org.meritledger.api.token.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.meritledger.api.token.ApiTokenService;

/** Name and lifetime of a new token; on success the token itself, shown this once. */
class NewTokenDialog extends Dialog {

    NewTokenDialog(ApiTokenService tokens, Runnable created) {
        setHeaderTitle(getTranslation("token.new"));
        TextField name = new TextField(getTranslation("token.name"));
        name.setId("api-token-name");
        name.setMaxLength(80);
        IntegerField days = new IntegerField(getTranslation("token.days"));
        days.setId("api-token-days");
        days.setValue(30);
        days.setMin(1);
        days.setMax(ApiTokenService.MAX_DAYS);
        add(name, days);
        Button save = new Button(getTranslation("token.create"), e -> {
            ApiTokenService.Issued[] issued = new ApiTokenService.Issued[1];
            if (org.meritledger.base.ui.Problems.attempt(
                    this,
                    Map.of("name", name, "days", days),
                    () -> issued[0] = tokens.create(name.getValue(), days.getValue()))) {
                showOnce(issued[0].token());
                created.run();
            }
        });
        save.setId("api-token-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void showOnce(String token) {
        removeAll();
        getFooter().removeAll();
        TextField shown = new TextField(getTranslation("token.value"));
        shown.setValue(token);
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setId("api-token-value");
        add(new Paragraph(getTranslation("token.once")), shown);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
