package org.meritledger.rewards.mytokens;

/**
 * Whose tokens and how many. A hold for a pending redemption request is itself a movement that
 * takes tokens away, so {@code balance} (the sum of the movements, possibly below zero after
 * deductions) is what the soldier can spend: {@link #available()}. {@link #owned()} adds back what
 * pending requests hold, which "My tokens" shows as the balance.
 *
 * @param balance sum of the soldier's movements (the verified cache)
 * @param held tokens held by pending requests (0 without the redemption feature)
 */
public record TokenSummary(long soldierId, String soldier, long balance, long held, boolean frozen) {

    /** Without holds. */
    public TokenSummary(long soldierId, String soldier, long balance, boolean frozen) {
        this(soldierId, soldier, balance, 0, frozen);
    }

    public long available() {
        return balance;
    }

    /** Available plus held: the tokens the soldier has, some of them set aside. */
    public long owned() {
        return balance + held;
    }
}
