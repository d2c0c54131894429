package org.meritledger.training.dashboard;

import java.util.EnumMap;
import java.util.Map;
import org.meritledger.training.standard.Tier;

/**
 * The qualification mix a unit is measured against: the share of soldiers (whole percent) whose
 * latest rifle qualification is in each tier; the four shares add up to 100. Configured as
 * {@code merit.training.benchmark-mix}, e.g. {@code EXPERT=20,SHARPSHOOTER=30,MARKSMAN=40,UNQUALIFIED=10}.
 */
public record BenchmarkMix(Map<Tier, Integer> percent) {

    public static final String DEFAULT = "EXPERT=20,SHARPSHOOTER=30,MARKSMAN=40,UNQUALIFIED=10";

    public BenchmarkMix {
        percent = Map.copyOf(percent);
    }

    public int percent(Tier t) {
        return percent.get(t);
    }

    /**
     * @throws IllegalArgumentException naming the problem: unknown or repeated tier, missing tier,
     *         a share that is not a whole number 0..100, or shares that do not add up to 100
     */
    public static BenchmarkMix parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("benchmark mix is empty; expected e.g. " + DEFAULT);
        }
        Map<Tier, Integer> out = new EnumMap<>(Tier.class);
        for (String part : text.split(",")) {
            String[] kv = part.split("=", -1);
            if (kv.length != 2) {
                throw new IllegalArgumentException("benchmark mix part \"" + part.strip() + "\" is not TIER=PERCENT");
            }
            Tier tier;
            try {
                tier = Tier.valueOf(kv[0].strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("benchmark mix names an unknown tier: " + kv[0].strip());
            }
            int value;
            try {
                value = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "benchmark mix share of " + tier + " is not a whole number: " + kv[1].strip());
            }
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("benchmark mix share of " + tier + " must be 0..100: " + value);
            }
            if (out.put(tier, value) != null) {
                throw new IllegalArgumentException("benchmark mix names " + tier + " twice");
            }
        }
        for (Tier t : Tier.values()) {
            if (!out.containsKey(t)) {
                throw new IllegalArgumentException("benchmark mix lacks a share for " + t);
            }
        }
        int sum = out.values().stream().mapToInt(Integer::intValue).sum();
        if (sum != 100) {
            throw new IllegalArgumentException("benchmark mix shares add up to " + sum + ", not 100");
        }
        return new BenchmarkMix(out);
    }
}
