package org.meritledger.rewards.rules;

import java.util.Optional;

/** The rule awards already recorded, read through their movement references. */
public interface RuleAwards {

    /**
     * The rule award this rule version gave for this result and that is not reversed, if any.
     *
     * @param prefix {@link org.meritledger.rewards.rules.replay.RuleReference#prefix}
     */
    Optional<Long> openAward(String prefix);
}
