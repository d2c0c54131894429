package org.meritledger.training.dashboard;

import java.time.LocalDate;

/**
 * A soldier due for requalification as the dashboard lists them.
 *
 * @param lastQualified day of the latest qualifying result, or null if never qualified
 * @param dueSince the day it ran out, or null if never qualified
 */
public record DueSoldier(
        long soldierId,
        String serviceNumber,
        String name,
        String unitPath,
        LocalDate lastQualified,
        LocalDate dueSince) {}
