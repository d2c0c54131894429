package org.meritledger.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.ui.LedgerView;
import org.meritledger.personnel.AccountService;
import org.meritledger.personnel.ui.AccountsView;
import org.meritledger.personnel.ui.MyProfileView;
import org.meritledger.personnel.ui.RosterView;
import org.meritledger.personnel.ui.SoldiersView;
import org.meritledger.personnel.ui.UnitsView;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;
import org.meritledger.security.Role;
import org.meritledger.security.ui.ChangePasswordDialog;
import org.meritledger.training.ui.MyTrainingView;
import org.meritledger.training.ui.PendingCorrectionsView;
import org.meritledger.training.ui.TrainingSessionsView;
import org.meritledger.training.ui.UnitDashboardView;

/**
 * The shell around every page after login: title, navigation for the user's roles, language
 * switch, password change and logout. Showing a link is a convenience only; each view and each
 * service checks access again.
 */
@PermitAll
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(
            CallerProvider callers,
            AccountService accounts,
            IntegrityGuard integrity,
            jakarta.enterprise.inject.Instance<ShellBanner> banners) {
        this(callers, accounts, integrity, (Iterable<ShellBanner>) banners);
    }

    /** Without feature banners (view tests). */
    public MainLayout(CallerProvider callers, AccountService accounts, IntegrityGuard integrity) {
        this(callers, accounts, integrity, java.util.List.of());
    }

    private MainLayout(
            CallerProvider callers, AccountService accounts, IntegrityGuard integrity, Iterable<ShellBanner> banners) {
        Caller caller = callers.current().orElse(null);
        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout();
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        Span spacer = new Span();
        header.add(new DrawerToggle(), title, spacer);
        header.expand(spacer);
        if (caller != null) {
            Span who = new Span(caller.username());
            who.setId("current-user");
            header.add(who);
        }
        header.add(LocaleChoice.select(com.vaadin.flow.component.UI.getCurrent(), locale -> {
            if (caller != null) {
                accounts.setOwnLocale(locale);
            }
        }));
        Button password = new Button(
                getTranslation("app.changePassword"),
                VaadinIcon.KEY.create(),
                e -> new ChangePasswordDialog(accounts).open());
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button logout = new Button(
                getTranslation("app.logout"),
                VaadinIcon.SIGN_OUT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().setLocation("logout")));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        header.add(password, logout);
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

        SideNav nav = new SideNav();
        if (caller != null) {
            if (caller.soldierId() != null) {
                nav.addItem(new SideNavItem(getTranslation("nav.me"), MyProfileView.class, VaadinIcon.USER.create()));
            }
            if (caller.soldierId() != null) {
                nav.addItem(new SideNavItem(
                        getTranslation("nav.myTraining"), MyTrainingView.class, VaadinIcon.CHART.create()));
                nav.addItem(new SideNavItem(
                        getTranslation("nav.myRecord"),
                        org.meritledger.record.ui.MyRecordView.class,
                        VaadinIcon.RECORDS.create()));
            }
            if (caller.hasAny(Role.COMMANDER, Role.AUDITOR, Role.ADMIN)) {
                nav.addItem(new SideNavItem(getTranslation("nav.roster"), RosterView.class, VaadinIcon.GROUP.create()));
                nav.addItem(new SideNavItem(
                        getTranslation("nav.training"), TrainingSessionsView.class, VaadinIcon.BULLSEYE.create()));
                nav.addItem(new SideNavItem(
                        getTranslation("nav.pendingCorrections"),
                        PendingCorrectionsView.class,
                        VaadinIcon.CHECK_SQUARE_O.create()));
                nav.addItem(new SideNavItem(
                        getTranslation("nav.unitDashboard"), UnitDashboardView.class, VaadinIcon.DASHBOARD.create()));
            }
            if (caller.has(Role.ADMIN)) {
                nav.addItem(new SideNavItem(getTranslation("nav.units"), UnitsView.class, VaadinIcon.SITEMAP.create()));
                nav.addItem(
                        new SideNavItem(getTranslation("nav.soldiers"), SoldiersView.class, VaadinIcon.USERS.create()));
                nav.addItem(
                        new SideNavItem(getTranslation("nav.accounts"), AccountsView.class, VaadinIcon.LOCK.create()));
                nav.addItem(new SideNavItem(
                        getTranslation("nav.standards"),
                        org.meritledger.training.ui.StandardsView.class,
                        VaadinIcon.SLIDERS.create()));
            }
            if (caller.hasAny(Role.ADMIN, Role.AUDITOR)) {
                nav.addItem(new SideNavItem(getTranslation("nav.ledger"), LedgerView.class, VaadinIcon.LINK.create()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
