package org.meritledger.rewards.redemption.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.personnel.Soldier;
import org.meritledger.rewards.catalog.CatalogDraft;
import org.meritledger.rewards.catalog.CatalogItemRow;
import org.meritledger.rewards.catalog.LimitPeriod;
import org.meritledger.rewards.catalog.ui.CatalogView;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.NewMovement;
import org.meritledger.rewards.redemption.InMemoryRedemption;
import org.meritledger.rewards.redemption.RequestState;

/** The Request buttons on the catalog, "My requests" and "Requests", with the real service over in-memory repositories. */
class RedemptionViewsTest {

    InMemoryRedemption r;
    Soldier soldier;

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        r = new InMemoryRedemption();
        soldier = r.p.soldier("MR-7", "Seven", r.p.a1);
        r.rewards.writer.write(new NewMovement(soldier.getId(), MovementKind.AWARD, 50, null, "test", null, null, 1L));
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    private CatalogItemRow item(String name, int cost, Integer limit, LimitPeriod period, boolean approval) {
        r.p.admin();
        return r.catalog.service.create(
                new CatalogDraft(name, name + "（中文）", "", "", cost, null, limit, period, null, approval));
    }

    private CatalogView catalogView() {
        r.p.soldierCaller(soldier);
        CatalogView view = new CatalogView(r.catalog.service, List.of(new RequestButtons(r.service)));
        UI.getCurrent().add(view);
        return view;
    }

    private Button requestButton(CatalogItemRow item) {
        return _get(Button.class, spec -> spec.withId("request-" + item.id()));
    }

    @Test
    void aCardTheSoldierCannotAffordHasItsButtonDisabledWithTheReason() {
        CatalogItemRow pass = item("Weekend pass", 40, 1, LimitPeriod.MONTH, true);
        CatalogItemRow course = item("First choice of the next course", 80, null, null, false);
        catalogView();
        assertTrue(requestButton(pass).isEnabled());
        assertFalse(requestButton(course).isEnabled());
        List<String> why = _find(Span.class, spec -> spec.withClasses("catalog-why-not")).stream()
                .map(Span::getText)
                .toList();
        assertEquals(List.of("This costs 80 tokens; you have 50 tokens available."), why);
        assertEquals(
                "Not requested yet this period (limit 1)",
                _get(Span.class, spec -> spec.withClasses("catalog-used")).getText());

        _click(requestButton(pass));
        assertFalse(requestButton(pass).isEnabled(), "requested once");
        r.p.soldierCaller(soldier);
        assertEquals(RequestState.PENDING, r.service.mine(0, 1).get(0).state());
        assertEquals(10, r.service.myFigures().available());

        MockVaadin.tearDown();
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        catalogView();
        assertFalse(requestButton(pass).isEnabled(), "the monthly limit is reached");
        assertTrue(_find(Span.class, spec -> spec.withClasses("catalog-why-not")).stream()
                .anyMatch(s -> s.getText().contains("once this period")));
    }

    @Test
    void mySoldierSeesHeldAndAvailableAndCancelsWhilePending() {
        CatalogItemRow pass = item("Weekend pass", 40, null, null, true);
        r.p.soldierCaller(soldier);
        r.service.request(pass.id());
        MyRequestsView view = new MyRequestsView(r.service);
        UI.getCurrent().add(view);
        assertEquals("Available: 10 tokens. Held for requests: 40 tokens.", view.figures.getText());
        assertEquals(1, _size(view.grid));
        assertEquals(RequestState.PENDING, _get(view.grid, 0).state());
        _click((Button) _getCellComponent(view.grid, 0, "actions"));
        assertEquals(RequestState.CANCELLED, _get(view.grid, 0).state());
        assertEquals("Available: 50 tokens. Held for requests: 0 tokens.", view.figures.getText());
        assertTrue(_getCellComponent(view.grid, 0, "actions") instanceof Span, "no Cancel once cancelled");
    }

    private static int index(RequestsView view, long id) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (_get(view.grid, i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("no row " + id);
    }

    private static org.meritledger.rewards.redemption.RequestRow row(RequestsView view, long id) {
        return _get(view.grid, index(view, id));
    }

    /** The row's button whose id starts so (Approve, Mark handed over, Decline). */
    private static Button action(RequestsView view, long id, String prefix) {
        return _getCellComponent(view.grid, index(view, id), "actions")
                .getChildren()
                .filter(c -> c.getId().orElse("").equals(prefix + id))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + id));
    }

    @Test
    void aCommanderApprovesHandsOverAndDeclinesWithAReason() {
        CatalogItemRow leave = item("Extra day of leave", 20, null, null, true);
        r.p.soldierCaller(soldier);
        long first = r.service.request(leave.id());
        long second = r.service.request(leave.id());
        r.service.cancel(second);
        long third = r.service.request(leave.id());
        r.p.commanderOf(r.p.aCoy, null);
        RequestsView view = new RequestsView(r.service);
        UI.getCurrent().add(view);
        assertEquals(3, _size(view.grid));
        assertEquals(RequestState.PENDING, _get(view.grid, 0).state(), "pending first");
        assertEquals(RequestState.CANCELLED, _get(view.grid, 2).state());

        _click(action(view, first, "approve-"));
        assertEquals(RequestState.READY, row(view, first).state());
        _click(action(view, first, "fulfil-"));
        _click(action(view, third, "decline-"));
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decline-reason"));
        assertTrue(reason.isInvalid(), "a reason is required");
        _setValue(reason, "Leave roster full");
        _click(_get(Button.class, spec -> spec.withId("decline-confirm")));
        r.p.soldierCaller(soldier);
        assertEquals(
                List.of(RequestState.DECLINED, RequestState.CANCELLED, RequestState.FULFILLED),
                r.service.mine(0, 10).stream().map(x -> x.state()).toList());
        assertEquals(30, r.service.myFigures().available());

        r.p.auditor();
        RequestsView read = new RequestsView(r.service);
        UI.getCurrent().add(read);
        for (int i = 0; i < 3; i++) {
            Component actions = _getCellComponent(read.grid, i, "actions");
            assertEquals(0, actions.getChildren().count(), "auditors read only");
        }
    }
}
