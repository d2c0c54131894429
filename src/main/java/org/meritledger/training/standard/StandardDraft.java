package org.meritledger.training.standard;

import java.util.Map;

/**
 * What an administrator typed to revise a standard. Which fields matter depends on the kind:
 * marksmanship {@code maxHits} and the three tier minimums; fitness one points table per event
 * (text, one "threshold = points" row a line, best first; run times as m:ss) plus the per-event
 * minimum and the total pass mark; drill the remarks length limit.
 */
public record StandardDraft(
        Integer maxHits,
        Integer expertMin,
        Integer sharpshooterMin,
        Integer marksmanMin,
        Map<String, String> tables,
        Integer minPointsPerEvent,
        Integer passTotal,
        Integer maxRemarks) {

    public StandardDraft {
        tables = tables == null ? Map.of() : Map.copyOf(tables);
    }
}
