package org.meritledger.rewards.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.meritledger.base.NotFoundException;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;

/**
 * A soldier's own notifications: the badge count, the list, marking read. Nobody reads or marks
 * another soldier's notifications (someone else's id is "not found"). {@link #tell} is for the
 * observers of other features' events and runs in their transaction, so a notice exists exactly
 * when the fact it tells about was committed.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    private Notifications notifications;
    private CallerProvider callers;
    private Clock clock;

    protected NotificationService() {}

    @Inject
    public NotificationService(Notifications notifications, CallerProvider callers, Clock clock) {
        this.notifications = notifications;
        this.callers = callers;
        this.clock = clock;
    }

    /** Records a notice for its soldier (observers call this; no caller involved). */
    public long tell(NewNotice notice) {
        return notifications.add(new Notification(notice, clock.instant())).getId();
    }

    /** Records many notices at once (observers of movements written together). */
    public void tellAll(java.util.List<NewNotice> notices) {
        if (!notices.isEmpty()) {
            java.time.Instant now = clock.instant();
            notifications.addAll(
                    notices.stream().map(n -> new Notification(n, now)).toList());
        }
    }

    /** Unread notices of the caller; 0 for accounts without a soldier. */
    public long unreadCount() {
        Long soldier = callers.require().soldierId();
        return soldier == null ? 0 : notifications.count(soldier, true);
    }

    public List<NoticeLine> mine(boolean unreadOnly, int offset, int limit) {
        Long soldier = callers.require().soldierId();
        if (soldier == null) {
            return List.of();
        }
        return notifications.of(soldier, unreadOnly, offset, limit).stream()
                .map(NotificationService::line)
                .toList();
    }

    public long countMine(boolean unreadOnly) {
        Long soldier = callers.require().soldierId();
        return soldier == null ? 0 : notifications.count(soldier, unreadOnly);
    }

    public void markRead(long id) {
        Caller caller = callers.require();
        Notification n = notifications
                .find(id)
                .filter(x -> x.getSoldierId().equals(caller.soldierId()))
                .orElseThrow(() -> new NotFoundException("notification " + id));
        n.markRead(clock.instant());
    }

    /** @return how many were unread */
    public int markAllRead() {
        Long soldier = callers.require().soldierId();
        return soldier == null ? 0 : notifications.markAllRead(soldier, clock.instant());
    }

    static NoticeLine line(Notification n) {
        return new NoticeLine(
                n.getId(),
                n.getKind(),
                n.getAmount(),
                n.getDetail(),
                n.getSubject(),
                n.getLedgerSeq(),
                n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
