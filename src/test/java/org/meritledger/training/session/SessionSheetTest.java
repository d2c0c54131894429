package org.meritledger.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.Tier;

/** The sign-off rules of a session's sheet, without any framework. */
class SessionSheetTest {

    private final MarksmanshipStandard rifle = MarksmanshipStandard.rifleQualification();

    @Test
    void signOffNeedsEveryRowGradedOrExcusedAndThenFreezes() {
        SessionSheet sheet = new SessionSheet(rifle, List.of(1L, 2L, 3L));
        sheet.enter(1, Attendance.PRESENT, Map.of("hits", "37"));
        sheet.enter(2, Attendance.PRESENT, Map.of("hits", "41"));
        var e = assertThrows(TrainingRuleException.class, sheet::signOff);
        assertEquals("training.session.incomplete", e.messageKey());
        assertEquals(List.of(2L, 3L), sheet.incomplete());
        sheet.enter(2, Attendance.PRESENT, Map.of("hits", "30"));
        sheet.enter(3, Attendance.EXCUSED, Map.of("hits", "12"));
        List<SessionSheet.Row> signed = sheet.signOff();
        assertEquals(Tier.SHARPSHOOTER, signed.get(1).grade().tier());
        assertNull(signed.get(2).grade());
        assertEquals(Map.of(), signed.get(2).raw());
        assertEquals(SessionState.SIGNED_OFF, sheet.state());
        assertEquals(
                "training.session.signedOff",
                assertThrows(
                                TrainingRuleException.class,
                                () -> sheet.enter(1, Attendance.PRESENT, Map.of("hits", "20")))
                        .messageKey());
        assertEquals(Tier.EXPERT, sheet.rows().get(0).grade().tier());
    }

    @Test
    void onlyParticipantsGetRows() {
        SessionSheet sheet = new SessionSheet(rifle, List.of(1L));
        assertEquals(
                "training.session.notParticipant",
                assertThrows(
                                TrainingRuleException.class,
                                () -> sheet.enter(9, Attendance.PRESENT, Map.of("hits", "30")))
                        .messageKey());
        assertThrows(TrainingRuleException.class, () -> new SessionSheet(rifle, List.of()));
    }
}
