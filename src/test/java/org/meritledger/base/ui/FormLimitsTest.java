package org.meritledger.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.TextRule;
import org.meritledger.career.CareerEvent;
import org.meritledger.career.CareerKind;
import org.meritledger.career.ui.CareerEventDialog;
import org.meritledger.career.ui.WithdrawDialog;
import org.meritledger.personnel.InputRules;
import org.meritledger.personnel.Soldier;
import org.meritledger.personnel.ui.AccountEditor;
import org.meritledger.personnel.ui.SoldierEditor;
import org.meritledger.personnel.ui.UnitEditor;
import org.meritledger.security.PasswordPolicy;
import org.meritledger.security.ui.ChangePasswordDialog;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.correction.Correction;
import org.meritledger.training.correction.ui.CorrectionDialog;
import org.meritledger.training.session.SessionDraft;
import org.meritledger.training.session.SessionService;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.session.ui.NewSessionDialog;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.DrillStandard;
import org.meritledger.training.standard.Standard;
import org.meritledger.training.standard.ui.ScoreSheetEditor;

/**
 * Walks every form and checks that each text input takes no more than its rule allows: the
 * {@code maxlength} (and pattern) a field gets is the constant the service checks with, and no
 * editable text input is left without a limit (a new field without one fails here).
 */
class FormLimitsTest {

    private InMemoryTraining t;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        t = new InMemoryTraining();
        t.p.admin();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** maxlength of every editable text input of the form, by its label (or aria-label). */
    private static Map<String, Integer> limits(Component form) {
        UI.getCurrent().add(form);
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> unlimited = new ArrayList<>();
        for (TextField f : _find(form, TextField.class)) {
            if (!f.isReadOnly()) {
                put(out, unlimited, label(f.getLabel(), f), f.getMaxLength());
            }
        }
        for (TextArea f : _find(form, TextArea.class)) {
            if (!f.isReadOnly()) {
                put(out, unlimited, label(f.getLabel(), f), f.getMaxLength());
            }
        }
        for (PasswordField f : _find(form, PasswordField.class)) {
            put(out, unlimited, label(f.getLabel(), f), f.getMaxLength());
        }
        assertTrue(
                unlimited.isEmpty(),
                form.getClass().getSimpleName() + " has text inputs without a limit: " + unlimited);
        return out;
    }

    private static String label(String label, Component c) {
        return label != null && !label.isBlank() ? label : c.getElement().getAttribute("aria-label");
    }

    private static void put(Map<String, Integer> out, List<String> unlimited, String label, int max) {
        if (max <= 0) {
            unlimited.add(label);
        }
        out.put(label, max);
    }

    @Test
    void personnelEditorsTakeWhatTheServicesAllow() {
        var units = t.p.unitService.list();
        SoldierEditor soldier = new SoldierEditor(null, units, d -> null, () -> {});
        assertEquals(
                Map.of(
                        "Service number", InputRules.SERVICE_NUMBER.maxLength(),
                        "Family name", InputRules.PERSON_NAME.maxLength(),
                        "Given name", InputRules.PERSON_NAME.maxLength()),
                limits(soldier));
        assertEquals(20, InputRules.SERVICE_NUMBER.maxLength());
        assertEquals(80, InputRules.PERSON_NAME.maxLength());
        TextField serviceNumber = _find(soldier, TextField.class).get(0);
        assertEquals(InputRules.SERVICE_NUMBER.pattern(), serviceNumber.getPattern());

        assertEquals(
                Map.of("Code", InputRules.UNIT_CODE.maxLength(), "Name", InputRules.UNIT_NAME.maxLength()),
                limits(new UnitEditor(null, units, d -> null, () -> {})));
        assertEquals(
                Map.of(
                        "User name", InputRules.USERNAME.maxLength(),
                        "Display name", InputRules.DISPLAY_NAME.maxLength()),
                limits(new AccountEditor(null, t.p.accountService, t.p.soldierService, units, () -> {})));
        assertEquals(
                Map.of(
                        "Current password", PasswordPolicy.MAX_LENGTH,
                        "New password", PasswordPolicy.MAX_LENGTH,
                        "Repeat new password", PasswordPolicy.MAX_LENGTH),
                limits(new ChangePasswordDialog(t.p.accountService)));
    }

    @Test
    void careerDialogsTakeWhatTheRulesAllow() {
        Soldier s = t.p.soldier("MR-1", "Able", t.p.a1);
        var row = t.p.soldierService.get(s.getId());
        var units = t.p.unitService.list();
        Map<String, Integer> mission = limits(new CareerEventDialog(CareerKind.MISSION, row, units, d -> true));
        assertTrue(mission.containsValue(CareerEvent.MAX_MISSION_NAME), mission.toString());
        assertTrue(mission.containsValue(CareerEvent.MAX_MISSION_ROLE), mission.toString());
        Map<String, Integer> report =
                limits(new CareerEventDialog(CareerKind.PERFORMANCE_REPORT, row, units, d -> true));
        assertTrue(report.containsValue(CareerEvent.MAX_REPORT_TEXT), report.toString());
        assertEquals(
                List.of(CareerEvent.MAX_REASON),
                List.copyOf(limits(new WithdrawDialog("x", r -> true)).values()));
    }

    @Test
    void trainingFormsTakeWhatTheServicesAllow() {
        t.catalog.seedShipped();
        Soldier able = t.p.soldier("MR-1", "Able", t.p.a1);
        var units = t.p.unitService.list();
        assertEquals(
                Map.of(
                        "Place (range, lane)", TrainingSession.PLACE.maxLength(),
                        "Conducting officer", TrainingSession.CONDUCTING_OFFICER.maxLength()),
                limits(new NewSessionDialog(t.service, units, id -> {})));

        Standard drill = new DrillStandard(200);
        Map<String, Integer> sheet = limits(
                new ScoreSheetEditor(drill, List.of(new ScoreSheetEditor.Participant(able.getId(), "MR-1", "Able"))));
        assertTrue(sheet.values().stream().allMatch(v -> v <= Standard.MAX_TYPED), sheet.toString());
        assertTrue(sheet.containsValue(200), "remarks take the standard's maximum: " + sheet);

        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        long session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        t.service.saveDraft(
                session, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36"))));
        t.service.signOff(session);
        Map<String, Integer> correction = limits(new CorrectionDialog(
                t.correctionService,
                t.service.detail(session).standard(),
                t.correctionService.lines(session).get(0),
                () -> {}));
        assertEquals(Correction.REASON.maxLength(), correction.get("Reason"));
    }

    @Test
    void aRuleWithAPatternNamesItsMessage() {
        TextRule r = InputRules.SERVICE_NUMBER;
        assertTrue(r.matches("mr-100003") && r.matches("MR-100003"));
        assertTrue(!r.matches("MR 1") && !r.matches("-MR1"));
    }
}
