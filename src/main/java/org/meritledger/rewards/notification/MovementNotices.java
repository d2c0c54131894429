package org.meritledger.rewards.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.rewards.movement.Movement;
import org.meritledger.rewards.movement.MovementKind;
import org.meritledger.rewards.movement.Movements;
import org.meritledger.rewards.movement.RecordedMovement;
import org.meritledger.rewards.movement.RecordedMovements;

/**
 * Tells a soldier about awards, rule awards, deductions and reversals as {@code MovementWriter}
 * records them (in the same transaction). Holds, releases and refunds are the redemption
 * feature's to tell about with its decisions; a reversal made by an appeal decision is told by
 * {@link AppealNotices} in one notice with the decision's reason.
 */
@ApplicationScoped
public class MovementNotices {

    private NotificationService notices;
    private Movements movements;

    protected MovementNotices() {}

    @Inject
    public MovementNotices(NotificationService notices, Movements movements) {
        this.notices = notices;
        this.movements = movements;
    }

    public void recorded(@Observes RecordedMovement m) {
        NewNotice n = notice(m, movements.find(m.id()).orElse(null));
        if (n != null) {
            notices.tell(n);
        }
    }

    /** Movements written together (an award to a platoon): their rows read at once, the notices stored at once. */
    public void recordedTogether(@Observes RecordedMovements all) {
        Map<Long, Movement> rows = new HashMap<>();
        movements
                .findAll(all.movements().stream().map(RecordedMovement::id).toList())
                .forEach(m -> rows.put(m.getId(), m));
        List<NewNotice> out = new ArrayList<>();
        for (RecordedMovement m : all.movements()) {
            NewNotice n = notice(m, rows.get(m.id()));
            if (n != null) {
                out.add(n);
            }
        }
        notices.tellAll(out);
    }

    /** The notice for a movement just written, or null if it is not told about here. */
    static NewNotice notice(RecordedMovement m, Movement row) {
        if (m.kind() != MovementKind.AWARD
                && m.kind() != MovementKind.RULE_AWARD
                && m.kind() != MovementKind.DEDUCTION
                && m.kind() != MovementKind.REVERSAL) {
            return null;
        }
        String reference = row == null ? null : row.getReference();
        if (m.kind() == MovementKind.REVERSAL && reference != null && reference.startsWith("appeal:")) {
            return null;
        }
        return new NewNotice(
                m.soldierId(),
                m.kind().name(),
                m.amount(),
                row == null ? null : row.getReason(),
                "reward-movement:" + m.id(),
                m.ledgerSeq());
    }
}
