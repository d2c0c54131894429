package org.meritledger.rewards.notification;

import java.time.Instant;

/** A notification as its soldier's list shows it. */
public record NoticeLine(
        long id, String kind, Long amount, String detail, String subject, Long ledgerSeq, Instant at, boolean read) {

    public String translationKey() {
        return "rewards.notice." + kind;
    }
}
