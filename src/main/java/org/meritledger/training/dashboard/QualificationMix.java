package org.meritledger.training.dashboard;

import java.util.EnumMap;
import java.util.Map;
import org.meritledger.training.standard.Tier;

/**
 * How a unit's active soldiers stand by their latest rifle qualification: how many are in each
 * tier, and how many have no qualification result at all.
 */
public record QualificationMix(Map<Tier, Long> byTier, long noResult) {

    public QualificationMix {
        Map<Tier, Long> all = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            all.put(t, byTier.getOrDefault(t, 0L));
        }
        byTier = Map.copyOf(all);
    }

    /**
     * @param tierCounts soldiers by the tier of their latest qualification
     * @param activeSoldiers all active soldiers of the unit (with or without a result)
     */
    public static QualificationMix of(Map<Tier, Long> tierCounts, long activeSoldiers) {
        long withResult =
                tierCounts.values().stream().mapToLong(Long::longValue).sum();
        return new QualificationMix(tierCounts, Math.max(0, activeSoldiers - withResult));
    }

    public long count(Tier t) {
        return byTier.get(t);
    }

    public long soldiers() {
        return byTier.values().stream().mapToLong(Long::longValue).sum() + noResult;
    }

    /** Share of all soldiers in tier {@code t}, in percent (0 for an empty unit). */
    public double percent(Tier t) {
        return share(count(t));
    }

    public double percentNoResult() {
        return share(noResult);
    }

    private double share(long n) {
        long all = soldiers();
        return all == 0 ? 0 : Math.round(n * 1000.0 / all) / 10.0;
    }
}
