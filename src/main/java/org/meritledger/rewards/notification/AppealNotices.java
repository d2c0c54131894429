package org.meritledger.rewards.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.meritledger.rewards.appeal.AppealDecided;
import org.meritledger.rewards.appeal.AppealState;

/** Tells the soldier how their appeal was decided, with the reason (and the tokens restored). */
@ApplicationScoped
public class AppealNotices {

    private NotificationService notices;

    protected AppealNotices() {}

    @Inject
    public AppealNotices(NotificationService notices) {
        this.notices = notices;
    }

    public void decided(@Observes AppealDecided d) {
        notices.tell(notice(d));
    }

    static NewNotice notice(AppealDecided d) {
        boolean reversed = d.outcome() == AppealState.REVERSED;
        return new NewNotice(
                d.soldierId(),
                "APPEAL_" + d.outcome().name(),
                reversed ? -d.deducted() : d.deducted(),
                d.reason(),
                "reward-appeal:" + d.appealId(),
                d.ledgerSeq());
    }
}
