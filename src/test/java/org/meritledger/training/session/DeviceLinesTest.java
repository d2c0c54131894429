package org.meritledger.training.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meritledger.devices.DraftLines;
import org.meritledger.personnel.Soldier;
import org.meritledger.training.InMemoryTraining;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.Tier;

/** Where a range device's result lands: the unit's draft session of that type and day, or a new one. */
class DeviceLinesTest {

    private InMemoryTraining t;
    private DeviceLines lines;
    private Soldier able;
    private Soldier baker;

    @BeforeEach
    void setUp() {
        t = new InMemoryTraining();
        able = t.p.soldier("MR-1", "Able", t.p.a1);
        baker = t.p.soldier("MR-2", "Baker", t.p.a1);
        t.catalog.seedShipped();
        lines = new DeviceLines();
        lines.sessions = t.sessions;
        lines.results = t.results;
        lines.standards = t.standards;
    }

    @Test
    void onlyStandardsGradedByHitsAreOffered() {
        assertEquals(List.of("rifle-qualification"), lines.hitTrainingTypes());
    }

    @Test
    void joinsTheDraftSessionOfThatDayAndType() {
        t.p.commanderOf(t.p.aCoy, null);
        long rifle = t.standards.current("rifle-qualification").orElseThrow().getId();
        long session = t.service.create(new SessionDraft(
                rifle, t.p.a1.getId(), LocalDateTime.parse("2026-11-20T09:00"), "Range 3", "CPT Zhang"));
        DraftLines.Placement at = lines.place(
                t.p.a1.getId(),
                "rifle-qualification",
                able.getId(),
                Instant.parse("2026-11-20T15:10:00Z"),
                36,
                1,
                "North",
                "Lane 4");
        assertEquals(session, at.sessionId());
        lines.markDeviceSigned(at.resultId(), 77);
        SheetLine line = t.service.detail(session).lines().stream()
                .filter(l -> l.soldierId() == able.getId())
                .findFirst()
                .orElseThrow();
        assertEquals(Map.of("hits", "36"), line.raw());
        assertEquals(Tier.EXPERT, line.grade().tier());
        assertEquals(77L, line.deviceSubmissionId());

        // the same value saved again keeps the mark; a commander's own value takes the line over
        t.service.saveDraft(
                session, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "36"))));
        assertEquals(77L, t.results.find(at.resultId()).orElseThrow().getDeviceSubmissionId());
        t.service.saveDraft(
                session, List.of(new SessionService.LineInput(able.getId(), Attendance.PRESENT, Map.of("hits", "30"))));
        assertNull(t.results.find(at.resultId()).orElseThrow().getDeviceSubmissionId());
    }

    @Test
    void opensADraftSessionWhenThereIsNone() {
        DraftLines.Placement first = lines.place(
                t.p.a1.getId(),
                "rifle-qualification",
                able.getId(),
                Instant.parse("2026-11-21T08:00:00Z"),
                20,
                1,
                "North, lane 4",
                "Lane 4 target");
        DraftLines.Placement second = lines.place(
                t.p.a1.getId(),
                "rifle-qualification",
                baker.getId(),
                Instant.parse("2026-11-21T09:00:00Z"),
                25,
                1,
                "North, lane 4",
                "Lane 4 target");
        DraftLines.Placement nextDay = lines.place(
                t.p.a1.getId(),
                "rifle-qualification",
                baker.getId(),
                Instant.parse("2026-11-22T09:00:00Z"),
                25,
                1,
                "North, lane 4",
                "Lane 4 target");
        assertEquals(first.sessionId(), second.sessionId());
        assertNotEquals(first.sessionId(), nextDay.sessionId());
        TrainingSession s = t.sessions.find(first.sessionId()).orElseThrow();
        assertEquals(SessionState.DRAFT, s.getState());
        assertEquals("North, lane 4", s.getPlace());
    }
}
