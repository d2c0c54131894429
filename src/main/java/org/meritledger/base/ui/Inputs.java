package org.meritledger.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.meritledger.base.TextRule;

/**
 * Sizes a form field by the same {@link TextRule} the service checks, so the browser refuses
 * the forty-first character instead of the server refusing the whole form.
 */
public final class Inputs {

    private Inputs() {}

    public static TextField limit(TextField field, TextRule rule) {
        field.setMaxLength(rule.maxLength());
        if (rule.pattern() != null) {
            field.setPattern(rule.pattern());
            field.setI18n(new TextField.TextFieldI18n()
                    .setPatternErrorMessage(field.getTranslation(rule.patternMessageKey()))
                    .setMaxLengthErrorMessage(field.getTranslation("validation.tooLong", rule.maxLength())));
        }
        return field;
    }

    public static TextArea limit(TextArea field, TextRule rule) {
        field.setMaxLength(rule.maxLength());
        if (rule.pattern() != null) {
            field.setPattern(rule.pattern());
        }
        return field;
    }

    public static PasswordField limit(PasswordField field, int maxLength) {
        field.setMaxLength(maxLength);
        return field;
    }
}
