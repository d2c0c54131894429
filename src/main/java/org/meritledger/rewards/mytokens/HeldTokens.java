package org.meritledger.rewards.mytokens;

/**
 * How many of a soldier's tokens pending requests hold. The redemption feature provides it as a
 * CDI bean; without one nothing is held. A port, so "My tokens" does not depend on redemption.
 */
public interface HeldTokens {

    long heldBy(long soldierId);
}
