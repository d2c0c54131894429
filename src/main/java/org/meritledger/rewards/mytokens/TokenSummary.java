package org.meritledger.rewards.mytokens;

/** Whose tokens and their balance (it may be below zero after deductions). */
public record TokenSummary(long soldierId, String soldier, long balance, boolean frozen) {}
