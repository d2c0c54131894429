package org.meritledger.training.dashboard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.meritledger.base.PageRequest;
import org.meritledger.training.standard.Tier;

/**
 * Unit-level figures, counted in the database (group-by queries) so a battalion of thousands of
 * soldiers never loads its results into memory. Every method takes the units to count (a
 * non-empty subtree; the service checks scope).
 */
public interface TrainingStatistics {

    /** Active soldiers of the units by the tier of their latest signed rifle qualification; soldiers without one are absent. */
    Map<Tier, Long> latestQualificationTiers(Collection<Long> unitIds);

    /** Signed-off sessions of the units since {@code since}: their graded and passed results. */
    List<PassRates.SessionTally> sessionTallies(Collection<Long> unitIds, Instant since);

    /**
     * Active soldiers of the units whose latest qualifying result (Expert, Sharpshooter or
     * Marksman) was shot before {@code qualifiedBefore}, or who have none; those without one first,
     * then the oldest qualification first.
     */
    List<DueRow> dueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore, PageRequest page);

    long countDueForRequalification(Collection<Long> unitIds, Instant qualifiedBefore);

    /** Draft sessions of the units, oldest first (they are the ones most overdue for sign-off). */
    List<DraftRow> drafts(Collection<Long> unitIds, PageRequest page);

    long countDrafts(Collection<Long> unitIds);

    /** @param lastQualified when their latest qualifying result was shot, or null if never */
    record DueRow(
            long soldierId,
            String serviceNumber,
            String familyName,
            String givenName,
            long unitId,
            Instant lastQualified) {}

    record DraftRow(
            long sessionId, String standardCode, long unitId, Instant startsAt, String place, long participants) {}
}
