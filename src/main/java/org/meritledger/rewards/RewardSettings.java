package org.meritledger.rewards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The rewards configuration keys (docs/configuration.md). */
@ApplicationScoped
public class RewardSettings {

    @Inject
    @ConfigProperty(name = "merit.rewards.max-amount", defaultValue = "100")
    int maxAmount;

    @Inject
    @ConfigProperty(name = "merit.rewards.appeal-window-days", defaultValue = "14")
    int appealWindowDays;

    public RewardSettings() {}

    /** For tests outside the container. */
    public RewardSettings(int maxAmount, int appealWindowDays) {
        this.maxAmount = maxAmount;
        this.appealWindowDays = appealWindowDays;
    }

    /** The largest amount one award or deduction may carry (per soldier). */
    public int maxAmount() {
        return maxAmount;
    }

    public Duration appealWindow() {
        return Duration.ofDays(appealWindowDays);
    }
}
