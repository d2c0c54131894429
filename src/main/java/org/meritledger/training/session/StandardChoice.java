package org.meritledger.training.session;

import org.meritledger.training.standard.TrainingKind;

/** A current standard version a new session can be held under, as the new-session dialog lists it. */
public record StandardChoice(long id, String code, int version, TrainingKind kind) {}
