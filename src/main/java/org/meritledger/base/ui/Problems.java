package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;

/**
 * Turns what a service refused into words on the screen: each field problem next to its field
 * (when the form has one by that name) and a notification that summarises them.
 */
public final class Problems {

    private Problems() {}

    /**
     * @param fields form fields by the property name the service reports; may be empty
     * @return true when the exception was one a user can act on (and has been shown)
     */
    public static boolean show(Component on, RuntimeException e, Map<String, ? extends HasValidation> fields) {
        String message;
        if (e instanceof InvalidInputException invalid) {
            StringBuilder all = new StringBuilder();
            for (InvalidInputException.Problem p : invalid.problems()) {
                String text = on.getTranslation(p.messageKey(), p.args());
                HasValidation field = p.field() == null ? null : fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                }
                if (!all.isEmpty()) {
                    all.append(' ');
                }
                all.append(text);
            }
            message = all.toString();
        } else if (e instanceof AccessDeniedException denied) {
            message = on.getTranslation(denied.messageKey());
        } else if (e instanceof NotFoundException) {
            message = on.getTranslation("error.notFound");
        } else {
            return false;
        }
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return true;
    }

    /** Runs a service call; shows a refusal instead of propagating it. Returns whether it succeeded. */
    public static boolean attempt(Component on, Map<String, ? extends HasValidation> fields, Runnable call) {
        fields.values().forEach(f -> f.setInvalid(false));
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
