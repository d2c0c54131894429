package org.meritledger.rewards.mytokens;

import java.time.Instant;
import java.util.Locale;
import org.meritledger.rewards.appeal.AppealState;
import org.meritledger.rewards.movement.MovementKind;

/** One history row: the movement, who made it, its ledger entry, and its appeal if any. */
public record TokenLine(
        long id,
        MovementKind kind,
        long amount,
        String categoryEn,
        String categoryZh,
        String reason,
        Long reversesId,
        String by,
        Instant at,
        Long ledgerSeq,
        AppealState appealState,
        String appealText,
        String appealDecision,
        boolean appealable) {

    public String category(Locale locale) {
        if (categoryEn == null) {
            return "";
        }
        return locale != null && "zh".equals(locale.getLanguage()) ? categoryZh : categoryEn;
    }
}
