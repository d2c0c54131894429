package org.meritledger.training.standard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.base.ui.MeritI18NProvider;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.FitnessStandard;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Tier;

class ScoreSheetEditorTest {

    private final List<ScoreSheetEditor.Participant> platoon = List.of(
            new ScoreSheetEditor.Participant(1, "MR-1", "Able, A"),
            new ScoreSheetEditor.Participant(2, "MR-2", "Baker, B"),
            new ScoreSheetEditor.Participant(3, "MR-3", "Charlie, C"));

    @BeforeEach
    void vaadin() {
        System.setProperty("vaadin.i18n.provider", MeritI18NProvider.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void down() {
        MockVaadin.tearDown();
    }

    @Test
    void tierAppearsAsYouTypeAndBadValuesAreExplained() {
        ScoreSheetEditor sheet = new ScoreSheetEditor(MarksmanshipStandard.rifleQualification(), platoon);
        UI.getCurrent().add(sheet);
        ScoreSheetEditor.Line able = sheet.lines().get(0);
        _setValue(able.box("hits"), "36");
        assertEquals(Tier.EXPERT, able.grade().tier());
        assertEquals("Expert", able.outcome().getText());
        _setValue(able.box("hits"), "35");
        assertEquals("Sharpshooter", able.outcome().getText());
        _setValue(able.box("hits"), "41");
        assertTrue(able.box("hits").isInvalid());
        assertEquals("Must be between 0 and 40.", able.box("hits").getErrorMessage());
        assertEquals("Check the entry", able.outcome().getText());
        assertEquals(3, sheet.incomplete().size());
    }

    @Test
    void absentParticipantsNeedNoScore() {
        ScoreSheetEditor sheet = new ScoreSheetEditor(MarksmanshipStandard.rifleQualification(), platoon);
        UI.getCurrent().add(sheet);
        _setValue(sheet.lines().get(0).box("hits"), "23");
        _setValue(sheet.lines().get(1).attendanceSelect(), Attendance.EXCUSED);
        _setValue(sheet.lines().get(2).box("hits"), "12");
        assertFalse(sheet.lines().get(1).box("hits").isEnabled());
        assertEquals("Excused", sheet.lines().get(1).outcome().getText());
        assertNull(sheet.lines().get(1).grade());
        assertTrue(sheet.incomplete().isEmpty());
        assertEquals("Unqualified", sheet.lines().get(2).outcome().getText());
    }

    @Test
    void fitnessShowsPointsAndVerdict() {
        ScoreSheetEditor sheet = new ScoreSheetEditor(FitnessStandard.physicalFitnessTest(), platoon.subList(0, 1));
        UI.getCurrent().add(sheet);
        ScoreSheetEditor.Line line = sheet.lines().get(0);
        _setValue(line.box("pushUps"), "35");
        _setValue(line.box("sitUps"), "47");
        assertEquals("Check the entry", line.outcome().getText());
        assertFalse(line.box("run3km").isInvalid(), "an empty box is not an error while typing");
        _setValue(line.box("run3km"), "15:00");
        assertEquals("180 points · Passed", line.outcome().getText());
        _setValue(line.box("run3km"), "15.00");
        assertEquals(
                "\"15.00\" is not a time in minutes and seconds (m:ss).",
                line.box("run3km").getErrorMessage());
    }
}
