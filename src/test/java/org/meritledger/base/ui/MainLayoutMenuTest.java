package org.meritledger.base.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.security.Caller;
import org.meritledger.security.Role;
import org.meritledger.security.ui.LoginView;

/**
 * The shell's menu is built from the views' own {@code @Menu} entries, filtered by Vaadin's
 * access checks with this application's navigation access control (the views' {@code
 * @RolesAllowed}) and by {@link ForLinkedSoldier}: each role sees what it saw when the menu was
 * written by hand, in the same order.
 */
class MainLayoutMenuTest {

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes().autoDiscoverViews("org.meritledger"), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        AccessControlSetup.DeniedToErrorView control = new AccessControlSetup.DeniedToErrorView();
        control.setLoginView(LoginView.class);
        UI.getCurrent().addBeforeEnterListener(control);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** Logs the request in as the container would: a principal and its roles. */
    private static Caller loggedIn(String username, Long soldierId, Role... roles) {
        Set<String> names = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(() -> username);
        request.setUserInRole((principal, role) -> names.contains(role));
        return new Caller(1, username, Set.of(roles), soldierId, Set.of());
    }

    private static List<String> menu(Caller caller) {
        return MainLayout.menu(caller).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void anAdministratorWithoutASoldierSeesAdministrationAndNoOwnPages() {
        assertEquals(
                List.of(
                        "My API tokens",
                        "Award tokens",
                        "Appeals",
                        "Requests",
                        "Leaderboard",
                        "Roster",
                        "Training",
                        "Pending corrections",
                        "Unit dashboard",
                        "Units",
                        "Soldiers",
                        "Budgets",
                        "Token categories",
                        "Award rules",
                        "Accounts",
                        "Range devices",
                        "Standards",
                        "Reward catalog",
                        "Ledger",
                        "Ledger explorer",
                        "Verification"),
                menu(loggedIn("admin", null, Role.ADMIN)));
    }

    @Test
    void aCommanderLinkedToASoldierSeesTheirOwnPagesAndTheCommandPages() {
        assertEquals(
                List.of(
                        "My profile",
                        "My training",
                        "Catalog",
                        "My requests",
                        "Service record",
                        "My API tokens",
                        "My tokens",
                        "Award tokens",
                        "Appeals",
                        "Requests",
                        "Leaderboard",
                        "Roster",
                        "Training",
                        "Pending corrections",
                        "Unit dashboard"),
                menu(loggedIn("a.cdr", 1L, Role.COMMANDER)));
    }

    @Test
    void aSoldierSeesOnlyTheirOwnPages() {
        assertEquals(
                List.of(
                        "My profile",
                        "My training",
                        "Catalog",
                        "My requests",
                        "Service record",
                        "My API tokens",
                        "My tokens"),
                menu(loggedIn("mr-100003", 3L, Role.SOLDIER)));
    }

    @Test
    void anAuditorReadsRosterTrainingAndTheLedger() {
        assertEquals(
                List.of(
                        "My API tokens",
                        "Award tokens",
                        "Appeals",
                        "Requests",
                        "Leaderboard",
                        "Roster",
                        "Training",
                        "Pending corrections",
                        "Unit dashboard",
                        "Budgets",
                        "Token categories",
                        "Award rules",
                        "Range devices",
                        "Reward catalog",
                        "Ledger",
                        "Ledger explorer",
                        "Verification"),
                menu(loggedIn("auditor", null, Role.AUDITOR)));
    }

    @Test
    void titlesAreTranslatedAndEveryEntryHasAnIcon() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        var nav = MainLayout.menu(loggedIn("mr-100003", 3L, Role.SOLDIER));
        assertEquals(
                List.of("我的资料", "我的训练", "奖励目录", "我的兑换申请", "服役档案", "我的 API 令牌", "我的代币"),
                nav.getItems().stream().map(SideNavItem::getLabel).toList());
        assertTrue(nav.getItems().stream().allMatch(i -> i.getPrefixComponent() != null));
        assertEquals("me", nav.getItems().get(0).getPath());
    }

    @Test
    void noMenuBeforeLogin() {
        assertTrue(MainLayout.menu(null).getItems().isEmpty());
    }
}
