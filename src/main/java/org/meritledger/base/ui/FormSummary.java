package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;

/**
 * The line at the top of a form that says what stopped it, naming the marked fields. It sits in
 * the form, above the fields, so it never covers one (a notification over a dialog hid the very
 * field to fix and took its clicks). Screen readers announce it ({@code role=alert}).
 */
public final class FormSummary extends Div {

    public static final String ID = "form-summary";

    FormSummary() {
        setId(ID);
        addClassName("form-summary");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** The summary of this form, put at its top the first time it is needed. */
    static Optional<FormSummary> of(Component form) {
        Optional<FormSummary> existing = existing(form);
        if (existing.isPresent()) {
            return existing;
        }
        FormSummary s = new FormSummary();
        if (form instanceof Dialog d) {
            d.addComponentAtIndex(0, s);
        } else if (form instanceof HasOrderedComponents h) {
            h.addComponentAtIndex(0, s);
        } else {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    static Optional<FormSummary> existing(Component form) {
        return form.getChildren()
                .filter(FormSummary.class::isInstance)
                .map(FormSummary.class::cast)
                .findFirst();
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
