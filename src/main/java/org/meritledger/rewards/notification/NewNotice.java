package org.meritledger.rewards.notification;

/**
 * What a feature tells a soldier. The text shown is the translation {@code rewards.notice.<kind>}
 * with the amount and the detail as arguments, so a new kind needs only its two translations.
 *
 * @param soldierId who is told
 * @param kind e.g. {@code AWARD}, {@code APPEAL_REVERSED}, later {@code REQUEST_APPROVED}
 * @param amount tokens involved (signed as the balance changed), or null
 * @param detail the reason or decision text, or null (cut to 500 characters)
 * @param subject the ledgered record it tells about, e.g. {@code reward-movement:12}
 * @param ledgerSeq the entry that recorded it, or null
 */
public record NewNotice(long soldierId, String kind, Long amount, String detail, String subject, Long ledgerSeq) {

    public NewNotice {
        if (kind == null || kind.isBlank() || kind.length() > 40) {
            throw new IllegalArgumentException("a notice kind of 1 to 40 characters, not " + kind);
        }
        if (detail != null && detail.length() > 500) {
            detail = detail.substring(0, 499) + "…";
        }
    }
}
