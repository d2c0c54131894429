package org.meritledger.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import org.meritledger.base.ui.LocaleChoice;
import org.meritledger.security.PasswordPolicy;
import org.meritledger.security.SecuritySettings;

/**
 * The login page. The form posts natively to {@code /login}, where
 * {@link org.meritledger.security.PortalAuthenticationMechanism} checks it; this view only shows
 * the form and, after a failed attempt, says why in words that do not reveal whether the
 * user name exists.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Merit Ledger")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    /** The lockout threshold comes from configuration, so the page states the rule in force. */
    @Inject
    public LoginView(SecuritySettings settings) {
        int threshold = settings.lockoutThreshold();
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(threshold));
        Paragraph hint = new Paragraph(getTranslation("login.hint", threshold));
        hint.addClassName("login-hint");
        add(new H1(getTranslation("app.title")), form, hint, LocaleChoice.select(UI.getCurrent(), null));
    }

    private LoginI18n i18n(int threshold) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message", threshold));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
    }

    static int minPasswordLength() {
        return PasswordPolicy.MIN_LENGTH;
    }
}
