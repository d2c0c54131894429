package org.meritledger.training.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Training's configuration keys (docs/configuration.md, "Training" rows), checked when first read. */
@ApplicationScoped
public class TrainingSettings {

    @Inject
    @ConfigProperty(name = "merit.training.requalify-months", defaultValue = "12")
    String requalifyMonths;

    @Inject
    @ConfigProperty(name = "merit.training.benchmark-mix", defaultValue = BenchmarkMix.DEFAULT)
    String benchmarkMix;

    public TrainingSettings() {}

    /** For tests and tools: fixed values instead of configuration. */
    public TrainingSettings(String requalifyMonths, String benchmarkMix) {
        this.requalifyMonths = requalifyMonths;
        this.benchmarkMix = benchmarkMix;
    }

    /** Months a rifle qualification counts before the soldier is due again (1..120). */
    public int requalifyMonths() {
        int m;
        try {
            m = Integer.parseInt(requalifyMonths.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "merit.training.requalify-months must be a whole number, got " + requalifyMonths);
        }
        if (m < 1 || m > 120) {
            throw new IllegalArgumentException("merit.training.requalify-months must be 1..120, got " + m);
        }
        return m;
    }

    public BenchmarkMix benchmarkMix() {
        try {
            return BenchmarkMix.parse(benchmarkMix);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("merit.training.benchmark-mix: " + e.getMessage(), e);
        }
    }
}
