package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;

/**
 * Turns what a service refused into words on the screen: each field problem on its field, a
 * summary in the form that names those fields, and a notification only where there is no form.
 */
public final class Problems {

    private Problems() {}

    /**
     * Shows what a service refused. In a form (a dialog, or a layout with named fields) each
     * field problem goes on its field and a {@link FormSummary} at the top of the form names
     * the marked fields and says what concerns no field; nothing covers the form. Elsewhere (a
     * row action, a page without fields) a notification at the bottom of the screen says it.
     *
     * @param fields form fields by the property name the service reports; may be empty
     * @return true when the exception was one a user can act on (and has been shown)
     */
    public static boolean show(Component on, RuntimeException e, Map<String, ? extends HasValidation> fields) {
        List<String> marked = new ArrayList<>();
        List<String> other = new ArrayList<>();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.Problem p : invalid.problems()) {
                String text = on.getTranslation(p.messageKey(), p.args());
                HasValidation field = p.field() == null ? null : fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                    String name = field instanceof HasLabel l && l.getLabel() != null ? l.getLabel() : p.field();
                    if (!marked.contains(name)) {
                        marked.add(name);
                    }
                } else if (!other.contains(text)) {
                    other.add(text);
                }
            }
        } else if (e instanceof AccessDeniedException denied) {
            other.add(on.getTranslation(denied.messageKey()));
        } else if (e instanceof NotFoundException) {
            other.add(on.getTranslation("error.notFound"));
        } else {
            return false;
        }
        StringBuilder message = new StringBuilder();
        if (!marked.isEmpty()) {
            message.append(on.getTranslation("form.summary.fields", marked.size(), String.join(", ", marked)));
        }
        for (String o : other) {
            if (!message.isEmpty()) {
                message.append(' ');
            }
            message.append(o);
        }
        boolean isForm = on instanceof Dialog || !fields.isEmpty();
        Optional<FormSummary> summary = isForm ? FormSummary.of(on) : Optional.empty();
        if (summary.isPresent()) {
            summary.get().show(message.toString());
        } else {
            Notification n = Notification.show(message.toString(), 6000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return true;
    }

    /** Runs a service call; shows a refusal instead of propagating it. Returns whether it succeeded. */
    public static boolean attempt(Component on, Map<String, ? extends HasValidation> fields, Runnable call) {
        fields.values().forEach(f -> f.setInvalid(false));
        FormSummary.existing(on).ifPresent(FormSummary::clear);
        try {
            call.run();
            return true;
        } catch (RuntimeException e) {
            RuntimeException cause = unwrap(e);
            if (show(on, cause, fields)) {
                return false;
            }
            throw e;
        }
    }

    /** Container-managed transactions wrap exceptions (TransactionalException, EJBException). */
    static RuntimeException unwrap(RuntimeException e) {
        Throwable t = e;
        int guard = 10;
        while (t != null && guard-- > 0) {
            if (t instanceof InvalidInputException
                    || t instanceof AccessDeniedException
                    || t instanceof NotFoundException) {
                return (RuntimeException) t;
            }
            t = t.getCause();
        }
        return e;
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
