package org.meritledger.record.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.career.CareerDraft;
import org.meritledger.career.InMemoryCareers;
import org.meritledger.career.ui.CareerEventDialog;
import org.meritledger.career.ui.WithdrawDialog;
import org.meritledger.personnel.Rank;
import org.meritledger.personnel.Soldier;
import org.meritledger.record.ServiceRecordService;
import org.meritledger.record.TimelineItem;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.mytraining.SoldierResults;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.standard.Attendance;

/** The service record pages over in-memory services (clock: 2026-11-21). */
class ServiceRecordViewTest {

    InMemoryTraining t;
    InMemoryCareers careers;
    ServiceRecordService records;
    Soldier able;
    Soldier bravo;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        t = new InMemoryTraining();
        careers = new InMemoryCareers(t.p);
        records = new ServiceRecordService(
                careers.service,
                new SoldierResults(t.results, t.mine, t.p.soldiers, t.p.scope, t.p.callers),
                t.p.soldierService,
                t.p.clock);
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        bravo = t.p.soldier("MR-2", "Bravo", t.p.b1);
        t.catalog.seedShipped();
        // a signed range day on 2026-11-20 (36 hits: Expert under v1) and a mission before it
        // the commander who signs has an account row, as a real signer has
        org.meritledger.personnel.Account zhang = t.p.accounts.store(
                new org.meritledger.personnel.Account("cpt.zhang", "CPT Zhang", null, "x", t.p.clock.instant()));
        t.p.callers.as(new org.meritledger.security.Caller(
                zhang.getId(),
                "cpt.zhang",
                java.util.Set.of(org.meritledger.security.Role.COMMANDER, org.meritledger.security.Role.SOLDIER),
                null,
                java.util.Set.of(t.p.aCoy.getId())));
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        long session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        t.service.saveDraft(
                session, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36"))));
        t.service.signOff(session);
        careers.service.record(
                able.getId(),
                CareerDraft.mission(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-20"), "Op Dawn", "Medic"));
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    private ServiceRecordView open(long soldierId) {
        ServiceRecordView view = new ServiceRecordView(records, careers.service, t.p.unitService);
        UI.getCurrent().add(view);
        view.show(soldierId);
        return view;
    }

    @Test
    void oneTimelineNewestFirstWithTrainingAndCareerEvents() {
        ServiceRecordView view = open(able.getId());
        var grid = view.panel.grid;
        assertEquals(2, _size(grid));
        TimelineItem first = _get(grid, 0);
        assertTrue(first.isTraining());
        assertEquals("Rifle marksmanship qualification v1 · Expert (Hits 36)", view.panel.describe(first));
        assertEquals("Op Dawn, as Medic (2026-10-01 to 2026-10-20)", view.panel.describe(_get(grid, 1)));
    }

    @Test
    void aTrainingLineNamesTheCommanderWhoSignedItOff() {
        ServiceRecordView view = open(able.getId());
        List<String> training = _getFormattedRow(view.panel.grid, 0);
        assertTrue(training.contains("cpt.zhang"), "recorded by on the training line: " + training);
    }

    @Test
    void aCommanderRecordsAPromotionThroughTheDialogAndTheRecordUpdates() {
        ServiceRecordView view = open(able.getId());
        assertEquals("Private · 1st Battalion / Alpha Company / 1st Platoon A · Active", view.panel.summary.getText());
        _click(_get(Button.class, spec -> spec.withId("record-promotion")));
        CareerEventDialog dialog = _get(CareerEventDialog.class);
        Button save = _get(Button.class, spec -> spec.withId("career-save"));
        // nothing chosen: the service refuses, the fields say why, the dialog stays
        _click(save);
        assertTrue(_get(Select.class, spec -> spec.withId("career-to-rank")).isInvalid());
        assertEquals(
                "Required.",
                _get(DatePicker.class, spec -> spec.withId("career-effective-on"))
                        .getErrorMessage());
        assertTrue(dialog.isOpened());

        _setValue(_get(DatePicker.class, spec -> spec.withId("career-effective-on")), LocalDate.parse("2026-11-21"));
        @SuppressWarnings("unchecked")
        Select<Rank> rank = _get(Select.class, spec -> spec.withId("career-to-rank"));
        _setValue(rank, Rank.PFC);
        _click(save);
        assertTrue(_find(CareerEventDialog.class).isEmpty());
        assertEquals(3, _size(view.panel.grid));
        assertEquals("From Private to Private First Class", view.panel.describe(_get(view.panel.grid, 0)));
        assertTrue(view.panel.summary.getText().startsWith("Private First Class"));
        assertEquals(Rank.PFC, able.getRank());
    }

    @Test
    void aMissionRecordedInErrorIsWithdrawnAndStaysMarked() {
        ServiceRecordView view = open(able.getId());
        var grid = view.panel.grid;
        Button withdraw = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 1, "withdraw");
        _click(withdraw);
        _get(WithdrawDialog.class);
        Button confirm = _get(Button.class, spec -> spec.withId("withdraw-confirm"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("withdraw-reason"));
        _click(confirm);
        assertTrue(reason.isInvalid(), "a reason is required");
        _setValue(reason, "Wrong soldier");
        _click(confirm);
        assertTrue(_find(WithdrawDialog.class).isEmpty());
        assertEquals(3, _size(grid));
        assertEquals("Withdrew a Mission: Wrong soldier", view.panel.describe(_get(grid, 0)));
        assertTrue(_get(grid, 2).career().withdrawn());
        assertEquals(
                "",
                ((com.vaadin.flow.component.html.Span)
                                com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 2, "withdraw"))
                        .getText(),
                "a withdrawn event cannot be withdrawn again");
    }

    @Test
    void theSoldierReadsTheirOwnRecordWithoutRecordButtons() {
        t.p.soldierCaller(able);
        MyRecordView mine = new MyRecordView(records, careers.service);
        UI.getCurrent().add(mine);
        assertEquals(2, _size(mine.panel.grid));
        assertEquals(0, mine.panel.actions.getComponentCount());
    }

    @Test
    void anotherCompanysSoldierReadsAsNotFound() {
        ServiceRecordView view = open(bravo.getId());
        assertNull(view.panel);
        assertEquals(
                "That record does not exist or is outside your command.",
                _get(view, Paragraph.class).getText());
    }

    @Test
    void theRouteTemplateResolvesSoldierIdsOnly() {
        var routes = com.vaadin.flow.router.RouteConfiguration.forApplicationScope();
        routes.setAnnotatedRoute(ServiceRecordView.class);
        assertEquals(
                "soldier/101/record",
                routes.getUrl(ServiceRecordView.class, new com.vaadin.flow.router.RouteParameters("soldierId", "101")));
        assertEquals(
                ServiceRecordView.class, routes.getRoute("soldier/101/record").orElseThrow());
        assertTrue(routes.getRoute("soldier/abc/record").isEmpty());
    }
}
