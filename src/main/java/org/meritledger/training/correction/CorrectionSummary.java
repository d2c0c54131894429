package org.meritledger.training.correction;

import java.time.Instant;
import org.meritledger.training.standard.ResultValues;

/**
 * What corrected a signed result, as its reader sees it beside the values that count now.
 *
 * @param original        the values as signed off
 * @param correctedBy     author of the correction in effect, or null when none is (only one pending)
 * @param approvedBy      who approved it, when it needed approval
 * @param reason          its reason
 * @param correctedAt     when it was made
 * @param pendingApproval a newer correction waits for a second person (not counted yet)
 */
public record CorrectionSummary(
        ResultValues original,
        String correctedBy,
        String approvedBy,
        String reason,
        Instant correctedAt,
        boolean pendingApproval) {}
