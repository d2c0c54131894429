package org.meritledger.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.LocalePreference;
import org.meritledger.security.PasswordChange;
import org.meritledger.security.ui.ChangePasswordDialog;

/**
 * The shell around every page after login: title, navigation for the user's roles, language
 * switch, password change and logout. {@code @Layout}: every route gets it without naming it
 * (the login page opts out), so features do not import the shell and the shell imports no
 * feature. Showing a link is a convenience only; each view and each service checks access again.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final HorizontalLayout header = new HorizontalLayout();
    private final Caller caller;
    private Component userName;

    @Inject
    public MainLayout(
            CallerProvider callers,
            PasswordChange passwords,
            LocalePreference locales,
            IntegrityGuard integrity,
            jakarta.enterprise.inject.Instance<ShellBanner> banners) {
        this(callers, passwords, locales, integrity, (Iterable<ShellBanner>) banners);
    }

    /** Without feature banners (view tests). */
    public <A extends PasswordChange & LocalePreference> MainLayout(
            CallerProvider callers, A accounts, IntegrityGuard integrity) {
        this(callers, accounts, accounts, integrity, java.util.List.of());
    }

    private MainLayout(
            CallerProvider callers,
            PasswordChange passwords,
            LocalePreference locales,
            IntegrityGuard integrity,
            Iterable<ShellBanner> banners) {
        Caller caller = callers.current().orElse(null);
        this.caller = caller;
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span spacer = new Span();
        header.add(new DrawerToggle(), title, spacer);
        header.expand(spacer);
        if (caller != null) {
            Span who = new Span(caller.username());
            who.setId("current-user");
            who.addClassName("header-account");
            header.add(who);
            userName = who;
        }
        // on a phone (styles.css: narrow screens) these move from the header into the drawer
        for (Component c : account(caller, passwords, locales, "")) {
            c.addClassName("header-account");
            header.add(c);
        }
        Div top = new Div(header);
        top.setWidthFull();
        addToNavbar(top);
        integrity.hold().ifPresent(hold -> {
            // Shown on every page to every user while writes are held; the reason names entry and check.
            Div banner = new Div(getTranslation(
                    "ledger.hold.banner",
                    "entry " + hold.failure().sequence() + ", " + hold.failure().check()));
            banner.addClassName("integrity-banner");
            banner.setId("integrity-banner");
            top.add(banner);
        });

        for (ShellBanner b : banners) {
            b.banner(caller).ifPresent(top::add);
        }

        addToDrawer(menu(caller));
        com.vaadin.flow.component.orderedlayout.VerticalLayout drawerAccount =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout();
        drawerAccount.addClassName("drawer-account");
        drawerAccount.setId("drawer-account");
        if (caller != null) {
            drawerAccount.add(new Span(caller.username()));
        }
        account(caller, passwords, locales, "-drawer").forEach(drawerAccount::add);
        addToDrawer(drawerAccount);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * Features' header widgets (CDI calls this after the constructor), placed before the user's
     * name; they stay in the header on phones, where the account controls move to the drawer.
     */
    @Inject
    void addHeaderWidgets(jakarta.enterprise.inject.Instance<HeaderWidget> widgets) {
        showHeaderWidgets(widgets);
    }

    /** The same for view tests, with the widgets given. */
    public void showHeaderWidgets(Iterable<HeaderWidget> widgets) {
        for (HeaderWidget w : widgets) {
            w.widget(caller).ifPresent(c -> {
                if (userName != null) {
                    header.addComponentAtIndex(header.indexOf(userName), c);
                } else {
                    header.add(c);
                }
            });
        }
    }

    /** Language, password change and logout; ids end in {@code suffix} (header or drawer copy). */
    private java.util.List<Component> account(
            Caller caller, PasswordChange passwords, LocalePreference locales, String suffix) {
        var language = LocaleChoice.select(com.vaadin.flow.component.UI.getCurrent(), locale -> {
            if (caller != null) {
                locales.setOwnLocale(locale);
            }
        });
        language.setId("language-select" + suffix);
        Button password = new Button(
                getTranslation("app.changePassword"),
                VaadinIcon.KEY.create(),
                e -> new ChangePasswordDialog(passwords).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(
                getTranslation("app.logout"),
                VaadinIcon.SIGN_OUT.create(),
                // a POST from this page: /logout refuses GET, so no other site's link can log anyone out
                e -> getUI().ifPresent(ui -> ui.getPage()
                        .executeJs("const f = document.createElement('form'); f.method = 'post';"
                                + " f.action = 'logout'; document.body.appendChild(f); f.submit();")));
        logout.setId("logout" + suffix);
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return java.util.List.of(language, password, logout);
    }

    /**
     * The menu: every view that declares {@code @Menu}, in its order, as far as Vaadin's access
     * control lets this user in (the view's {@code @RolesAllowed} against the user's roles), and
     * entries marked {@link ForLinkedSoldier} only for accounts linked to a soldier. The shell
     * names no feature: a new feature's view adds its own entry.
     */
    static SideNav menu(Caller caller) {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        if (caller == null) {
            return nav;
        }
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            Class<? extends Component> view = entry.menuClass();
            if (view != null && view.isAnnotationPresent(ForLinkedSoldier.class) && caller.soldierId() == null) {
                continue;
            }
            String title = nav.getTranslation(entry.title());
            SideNavItem item = view != null ? new SideNavItem(title, view) : new SideNavItem(title, entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }
}
