package org.meritledger.training.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.meritledger.base.NotFoundException;
import org.meritledger.base.PageRequest;
import org.meritledger.devices.DraftLines;
import org.meritledger.training.standard.Attendance;
import org.meritledger.training.standard.MarksmanshipStandard;
import org.meritledger.training.standard.StoredStandard;
import org.meritledger.training.standard.TrainingKind;
import org.meritledger.training.standard.TrainingStandards;

/**
 * Training's side of range devices: a device result lands on the soldier's line of the unit's
 * draft session of that training type on the device time's UTC day, or opens such a session (in
 * draft, with the soldier as its first participant; the commander adds the rest or lets further
 * results add them). The newest device result for a line wins; every one of them stays on the
 * ledger. Sign-off stays the commander's: it records the line like any other, countersigning it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeviceLines implements DraftLines {

    @Inject
    TrainingSessions sessions;

    @Inject
    TrainingResults results;

    @Inject
    TrainingStandards standards;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> hitTrainingTypes() {
        return standards.current().stream()
                .filter(s -> s.getKind() == TrainingKind.MARKSMANSHIP)
                .map(StoredStandard::getCode)
                .sorted()
                .toList();
    }

    @Override
    public Placement place(
            long unitId,
            String trainingType,
            long soldierId,
            Instant deviceTime,
            int hits,
            long openedBy,
            String place,
            String officer) {
        StoredStandard current = standards
                .current(trainingType)
                .orElseThrow(() -> new NotFoundException("training type " + trainingType));
        Instant day = deviceTime.truncatedTo(ChronoUnit.DAYS);
        TrainingSession session = sessions.page(List.of(unitId), PageRequest.of(0, 200)).stream()
                .filter(s -> s.getState() == SessionState.DRAFT)
                .filter(s -> s.getStartsAt()
                        .atOffset(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.DAYS)
                        .toInstant()
                        .equals(day))
                .filter(s -> standards
                        .find(s.getStandardId())
                        .map(st -> st.getCode().equals(trainingType))
                        .orElse(false))
                .findFirst()
                .orElseGet(() -> sessions.store(new TrainingSession(
                        current.getId(),
                        unitId,
                        deviceTime.truncatedTo(ChronoUnit.MINUTES),
                        place,
                        officer,
                        openedBy)));
        StoredStandard graded = standards.find(session.getStandardId()).orElse(current);
        TrainingResult line = results.ofSession(session.getId()).stream()
                .filter(r -> r.getSoldierId() == soldierId)
                .findFirst()
                .orElseGet(() -> results.store(new TrainingResult(session.getId(), soldierId)));
        Map<String, String> raw = Map.of(MarksmanshipStandard.HITS, Integer.toString(hits));
        line.record(Attendance.PRESENT, raw, graded.standard().grade(raw));
        results.store(line);
        return new Placement(session.getId(), line.getId());
    }

    @Override
    public void markDeviceSigned(long resultId, long submissionId) {
        TrainingResult line = results.find(resultId).orElseThrow(() -> new NotFoundException("result " + resultId));
        line.filledByDevice(submissionId);
        results.store(line);
    }
}
