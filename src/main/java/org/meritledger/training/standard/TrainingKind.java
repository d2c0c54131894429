package org.meritledger.training.standard;

/** What sort of training a standard grades; each kind has its own standard shape. */
public enum TrainingKind {
    MARKSMANSHIP,
    FITNESS,
    DRILL
}
