package org.meritledger.ledger.core.checkpoint;

import org.meritledger.ledger.core.note.NoteVerifier;

/** A checkpoint whose signature by {@code signedBy} verified and whose suite and key lines agree with it. */
public record VerifiedCheckpoint(Checkpoint checkpoint, NoteVerifier signedBy) {}
