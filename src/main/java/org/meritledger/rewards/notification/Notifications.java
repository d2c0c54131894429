package org.meritledger.rewards.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored notifications. */
public interface Notifications {

    Notification add(Notification n);

    /** Stores them all (the stored implementation in one batch; their ids are not read back). */
    default void addAll(List<Notification> all) {
        all.forEach(this::add);
    }

    Optional<Notification> find(long id);

    /** A soldier's notifications, newest first. */
    List<Notification> of(long soldierId, boolean unreadOnly, int offset, int limit);

    long count(long soldierId, boolean unreadOnly);

    /** Marks every unread notification of the soldier read; returns how many. */
    int markAllRead(long soldierId, Instant at);
}
