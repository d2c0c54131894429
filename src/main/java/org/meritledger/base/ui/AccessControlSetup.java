package org.meritledger.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.AnnotatedElement;
import org.meritledger.security.ui.LoginView;

/**
 * Turns on Vaadin's navigation access control for every UI: views are denied unless they
 * declare who may enter ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}).
 * Anonymous users go to the login view; a logged-in user without the role gets
 * {@link AccessDeniedView} (Vaadin's production default would be a bare "not found").
 */
@ApplicationScoped
public class AccessControlSetup {

    @jakarta.inject.Inject
    org.meritledger.security.LocalePreference accounts;

    void onServiceInit(@Observes ServiceInitEvent event) {
        NavigationAccessControl control = new DeniedToErrorView();
        control.setLoginView(LoginView.class);
        event.getSource().addUIInitListener(ui -> {
            ui.getUI().addBeforeEnterListener(control);
            applySessionLocale(ui.getUI(), accounts);
            LocaleChoice.documentLanguage(ui.getUI());
        });
    }

    /** The language chosen in this session, else the logged-in user's saved choice, else the browser's. */
    private static void applySessionLocale(
            com.vaadin.flow.component.UI ui, org.meritledger.security.LocalePreference accounts) {
        VaadinSession session = ui.getSession();
        if (session != null && session.getAttribute(LocaleChoice.SESSION_KEY) instanceof java.util.Locale l) {
            ui.setLocale(l);
            return;
        }
        java.util.Optional<java.util.Locale> saved = accounts.ownPreferredLocale();
        if (saved.isPresent()) {
            LocaleChoice.apply(ui, saved.get());
        } else {
            ui.setLocale(MeritI18NProvider.supported(ui.getLocale()));
        }
    }

    static final class DeniedToErrorView extends NavigationAccessControl {
        @Override
        protected Class<? extends RuntimeException> getAccessDeniedException(AnnotatedElement target) {
            return AccessDeniedException.class;
        }
    }
}
