package org.meritledger.rewards.movement;

/**
 * What a movement is. Each kind fixes the sign of its change to the balance, so a caller passes
 * a positive magnitude and cannot get the direction wrong. A REVERSAL has no sign of its own:
 * it is the exact opposite of the movement it names. The ledger entry type is
 * {@code rewards.movement.<slug>}; the displayed name comes from {@code rewards.kind.<NAME>}.
 */
public enum MovementKind {
    AWARD("award", 1),
    DEDUCTION("deduction", -1),
    REVERSAL("reversal", 0),
    /** Tokens set aside for a pending redemption request (redemption feature). */
    HOLD("hold", -1),
    /** A hold given back when a request is declined or cancelled (redemption feature). */
    RELEASE("release", 1),
    /** Tokens returned after a fulfilled request is taken back (redemption feature). */
    REFUND("refund", 1),
    /** An award made by an automatic award rule, no commander's budget involved (rules feature). */
    RULE_AWARD("rule-award", 1);

    private final String slug;
    private final int sign;

    MovementKind(String slug, int sign) {
        this.slug = slug;
        this.sign = sign;
    }

    public String entryType() {
        return "rewards.movement." + slug;
    }

    public String translationKey() {
        return "rewards.kind." + name();
    }

    /** +1 adds to the balance, -1 takes from it, 0: the opposite of the reversed movement. */
    public int sign() {
        return sign;
    }
}
