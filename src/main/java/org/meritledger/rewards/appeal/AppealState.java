package org.meritledger.rewards.appeal;

/** Where an appeal stands; UPHELD: the deduction stands, REVERSED: a reversal restored the tokens. */
public enum AppealState {
    PENDING,
    UPHELD,
    REVERSED
}
